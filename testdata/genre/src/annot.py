def T(cause, remedy, cond="", opt=False, optc=False):
    t = {"cause": cause, "remedy": remedy, "condition": cond}
    if opt:
        t["optional"] = True
    if optc:
        t["optional_condition"] = True
    return t

PROBLEMS = {
 "bankcard_frozen": ("银行卡被冻结", ["银行卡冻结", "银行账户被冻结", "银行卡无法使用"]),
 "credit_overdue_record": ("征信报告有逾期记录", ["征信逾期", "征信上有逾期", "逾期记录消除"]),
 "creditcard_limit_cut": ("信用卡被降额", ["信用卡降额", "信用卡额度被降低"]),
 "wechat_login_limited": ("微信账号被限制登录", ["微信被封号", "微信限制登录", "微信解封"]),
 "alipay_receive_limited": ("支付宝账户被限制收款", ["支付宝收款受限", "支付宝无法收款"]),
 "windows_bsod": ("电脑蓝屏", ["Windows蓝屏", "电脑频繁蓝屏"]),
 "laptop_no_boot": ("笔记本电脑无法开机", ["笔记本开不了机", "按开机键没反应"]),
 "phone_not_charging": ("手机充不进电", ["手机充电没反应", "手机无法充电"]),
 "printer_offline": ("打印机显示脱机", ["打印机脱机", "打印机脱机状态"]),
 "router_no_internet": ("路由器能连上但无法上网", ["WiFi已连接但无法上网", "能连WiFi上不了网"]),
 "nginx_502": ("Nginx 502 Bad Gateway", ["网站打开显示502", "502错误"]),
 "mysql_wont_start": ("MySQL无法启动", ["MySQL服务无法启动", "mysqld启动失败"]),
 "excel_corrupt": ("Excel文件打不开或已损坏", ["Excel文件已损坏", "Excel无法打开文件"]),
 "iphone_appstore": ("iPhone无法连接App Store", ["无法连接到App Store", "App Store打不开"]),
 "sscard_unusable": ("社保卡无法使用或被冻结", ["社保卡被冻结", "社保卡不能用"]),
 "jd_baitiao_frozen": ("京东白条额度被冻结", ["白条冻结", "白条额度冻结"]),
}

CAUSES = {
 # shared pair A (g01 bank card, g15 social-security card)
 "fraud_abnormal_txn": ("涉嫌电信诈骗或账户交易异常", ["涉嫌电信诈骗", "交易被判定异常", "涉诈账户", "资金流水异常", "交易异常", "异常资金进出", "涉诈风险账户", "出租出借银行卡", "断卡"]),
 # shared pair B (g06 BSOD, g07 laptop)
 "ram_loose": ("内存条松动或接触不良", ["内存条接触不良", "内存金手指氧化", "内存条松动", "内存条没有插到位", "内存接触不良"]),
 # g01
 "judicial_freeze": ("被司法机关冻结", ["司法冻结", "法院冻结", "涉及经济纠纷被起诉"]),
 "dormant_account": ("长期不用成为睡眠户", ["久悬户", "睡眠户", "长期不用", "超过1年没有主动交易"]),
 "id_expired_bank": ("身份证过期未更新", ["身份证件过期", "身份证过期"]),
 "pin_wrong": ("密码连续输错", ["密码输错次数过多", "密码连续输错3次"]),
 # g02
 "forgot_due": ("忘记还款日", ["忘记还款", "晚还款"]),
 "annual_fee": ("信用卡年费未缴", ["年费没有交", "年费导致逾期"]),
 "autopay_fail": ("自动扣款失败", ["自动还款失败", "扣款账户余额不足"]),
 "identity_theft": ("身份信息被冒用", ["身份被冒用", "被冒名办理贷款"]),
 # g03
 "card_inactive": ("长时间不用卡", ["信用卡长期不用", "半年以上没有消费记录", "不用卡"]),
 "cashout_suspect_card": ("刷卡行为有套现嫌疑", ["套现嫌疑", "频繁刷整数金额", "深夜刷卡"]),
 "debt_ratio_high": ("负债率过高", ["负债太高", "负债率超过70%"]),
 "other_overdue": ("名下其他信用卡或贷款逾期", ["其他贷款逾期", "其他信用卡逾期"]),
 "bank_policy": ("银行政策收紧", ["银行批量降额", "银行自身政策收紧"]),
 # g04
 "wx_plugin": ("使用外挂或第三方插件", ["使用外挂", "第三方插件", "非官方软件"]),
 "wx_marketing": ("频繁加好友或群发营销信息", ["营销行为", "群发营销信息", "频繁加好友", "被判定为营销号"]),
 "wx_reported": ("被多人投诉举报", ["被投诉举报", "被举报"]),
 "wx_hijack_risk": ("账号存在被盗风险", ["异地登录", "陌生设备登录", "疑似被盗", "账号被盗"]),
 # g05
 "alipay_abnormal_receipt": ("收款行为异常", ["异常收款", "频繁收到陌生人小额转账", "深夜集中收款"]),
 "alipay_personal_qr_business": ("个人收款码用于经营", ["个人码经营", "个人收款码用于经营活动"]),
 "alipay_gambling": ("涉嫌参与赌博等违法活动", ["涉赌", "涉嫌赌博", "资金与赌博刷单平台关联"]),
 "alipay_realname_incomplete": ("实名认证信息不完整", ["实名信息不完整", "未上传身份证照片"]),
 # g06
 "driver_incompat": ("硬件驱动不兼容", ["显卡驱动不兼容", "驱动不兼容"]),
 "sysfile_corrupt": ("系统文件损坏", ["系统文件损坏引起蓝屏"]),
 "disk_bad_sector": ("硬盘坏道", ["硬盘出现坏道"]),
 "overheat": ("CPU或显卡过热", ["过热", "CPU、显卡过热", "温度过高导致蓝屏"]),
 # g07
 "power_adapter": ("电池没电或电源适配器损坏", ["电池电量耗尽", "适配器损坏", "电池没电"]),
 "static_charge": ("主板残留静电", ["主板积累静电", "静电导致电源管理芯片锁死"]),
 "screen_cable": ("屏幕或排线故障", ["屏幕排线坏了", "屏幕故障"]),
 "mainboard_fault": ("主板故障", ["主板坏了"]),
 # g08
 "port_dust": ("充电口有灰尘异物", ["充电口积灰", "充电口接触不良"]),
 "cable_broken": ("充电线或充电头损坏", ["数据线损坏", "充电头损坏"]),
 "battery_aging": ("电池老化", ["电池容量下降", "电池健康度低"]),
 "phone_software": ("系统或软件问题", ["系统BUG导致充电识别失败", "后台程序异常"]),
 "phone_temperature": ("手机温度过高或过低", ["温度过高或过低", "温度异常停止充电"]),
 "phone_water": ("手机进水", ["进过水"]),
 "charge_protect": ("开启了优化电池充电或充电保护", ["充电保护", "优化电池充电", "电量停在80%"]),
 # g09
 "printer_conn": ("打印机电源未开或USB线松动", ["USB数据线松动", "打印机电源没开", "连接线松动"]),
 "offline_mode_checked": ("勾选了脱机使用打印机", ["误勾选脱机使用打印机", "脱机使用打印机"]),
 "print_queue_stuck": ("打印任务卡住", ["打印队列有卡住的任务", "打印任务堵塞"]),
 "spooler_stopped": ("Print Spooler服务停止", ["Print Spooler没有运行", "打印后台处理服务停止"]),
 "printer_ip_changed": ("网络打印机IP地址变化", ["打印机IP地址变了", "路由器重新分配了IP地址"]),
 # g10
 "isp_fault": ("宽带欠费或运营商线路故障", ["宽带欠费", "光纤线路故障", "运营商线路故障"]),
 "pppoe_lost": ("路由器拨号信息丢失", ["宽带账号密码丢失", "PPPoE拨号信息丢失"]),
 "ip_conflict": ("IP地址冲突", ["IP冲突"]),
 "dns_unstable": ("DNS服务器不稳定", ["DNS异常"]),
 "router_aging": ("路由器过热或老化", ["路由器老化", "路由器过热"]),
 "mac_filter": ("开了MAC地址过滤或家长控制", ["MAC过滤", "被加入黑名单", "家长控制"]),
 # g11
 "backend_down": ("后端服务没有运行", ["php-fpm挂了", "php-fpm没有启动", "后端服务未启动"]),
 "backend_oom": ("内存不足进程被OOM Killer杀掉", ["内存不足", "OOM Killer"]),
 "upstream_mismatch": ("代理地址或socket路径配置错误", ["fastcgi_pass配置错误", "监听地址不一致"]),
 "socket_permission": ("socket文件权限不足", ["www.sock权限不足", "没有权限连接socket"]),
 "backend_timeout": ("后端处理超时", ["超过fastcgi_read_timeout", "慢SQL导致超时"]),
 "fpm_children_low": ("php-fpm进程数不够", ["pm.max_children太小", "进程数不足"]),
 # g12
 "port_in_use": ("3306端口被占用", ["端口被占用", "端口占用"]),
 "datadir_permission": ("数据目录权限不对", ["datadir权限错误", "属主不是mysql用户"]),
 "bufpool_too_large": ("innodb_buffer_pool_size设置过大", ["buffer pool超过物理内存", "内存分配失败"]),
 "disk_full": ("磁盘空间已满", ["磁盘满了", "根分区100%"]),
 "innodb_corrupt": ("InnoDB数据文件损坏", ["数据文件损坏", "非正常关机导致数据文件损坏"]),
 # g13
 "file_damaged_interrupted": ("保存或编辑时意外中断导致文件损坏", ["保存时断电", "U盘被直接拔出", "编辑时Excel崩溃", "文件结构损坏"]),
 "wrong_extension": ("文件扩展名被改错", ["扩展名错误", "后缀被改错"]),
 "protected_view": ("被受保护的视图拦截", ["受保护的视图", "受保护视图拦截"]),
 "office_too_old": ("Office版本过低", ["Office版本太低", "Office 2003打不开xlsx"]),
 # g14
 "network_issue": ("网络问题", ["WiFi信号不好", "App Store被禁止使用蜂窝数据"]),
 "wrong_datetime": ("日期与时间设置错误", ["手动修改过系统时间", "证书时间校验失败"]),
 "appleid_abnormal": ("Apple ID异常", ["Apple ID被锁定", "Apple ID登录状态异常"]),
 "apple_server": ("苹果服务器故障", ["服务器故障"]),
 "ios_bug": ("iOS系统BUG", ["升级iOS测试版", "系统BUG"]),
 # g15
 "sscard_not_activated": ("社保卡未激活", ["新卡没激活", "未激活金融功能"]),
 "sscard_lost_replaced": ("卡片已挂失或换了新卡", ["旧卡作废", "挂失", "换了新卡"]),
 "insurance_lapse": ("医保断缴", ["断缴", "社保断缴"]),
 # g16
 "bt_overdue": ("白条逾期未还款", ["逾期", "没有按时还款", "账单逾期"]),
 "xiaobai_low": ("小白信用分下降", ["小白信用分低于60分", "小白信用分低"]),
 "bt_cashout": ("套现和刷单", ["虚假交易套现", "白条套现", "刷单"]),
 "multi_loan": ("多头借贷", ["多个网贷平台同时借款", "征信查询次数过多"]),
}

DOCS = {}

DOCS["g01_yinhangka.txt"] = dict(problem="bankcard_frozen",
 causes=["fraud_abnormal_txn", "judicial_freeze", "dormant_account", "id_expired_bank", "pin_wrong"],
 triples=[
  T("fraud_abnormal_txn", ["拨打银行客服电话问清楚冻结原因和冻结机关", "拨打银行客服电话问清冻结原因"]),
  T("fraud_abnormal_txn", ["携带身份证到开户网点说明资金来源", "到开户网点说明资金来源并提供交易凭证、工作证明"], "银行风控冻结的"),
  T("fraud_abnormal_txn", ["联系冻结的公安机关说明情况", "联系公安机关"], "公安机关冻结的"),
  T("judicial_freeze", ["查询冻结的法院和案号", "通过银行柜台查询冻结的法院和案号"]),
  T("judicial_freeze", ["与法院或对方当事人联系协商", "联系法院协商"]),
  T("judicial_freeze", ["申请法院出具解除冻结的裁定", "申请解除冻结裁定"], "履行完判决确定的还款义务后"),
  T("dormant_account", ["带身份证和银行卡到网点办理账户激活", "到网点激活账户"]),
  T("dormant_account", ["直接销户", "销户"], "卡里没钱、以后也不打算再用的", opt=True),
  T("id_expired_bank", ["带新身份证到网点更新", "到网点更新身份证"]),
  T("id_expired_bank", ["在手机银行上传新证件照片", "在手机银行证件信息更新里上传新证件照片"]),
  T("pin_wrong", ["等待24小时后系统自动解锁", "耐心等待自动解锁"]),
  T("pin_wrong", ["持身份证到柜台办理密码重置", "到柜台重置密码"], "忘记了密码"),
  T("fraud_abnormal_txn", ["不要出租、出借、出售银行卡", "不要帮陌生人转账"], opt=True),
  T("", ["拨打银行客服热线转人工咨询", "拨打银行客服热线"], "以上方法都无法解决"),
 ])

DOCS["g02_zhengxin_yuqi.txt"] = dict(problem="credit_overdue_record",
 causes=["forgot_due", "annual_fee", "autopay_fail", "identity_theft"],
 triples=[
  T("", ["把欠款全部还上", "还清欠款包括利息和罚息", "第一时间还清欠款"]),
  T("annual_fee", ["结清年费", "先把年费结清"]),
  T("annual_fee", ["致电发卡银行申请按非恶意逾期处理", "申请非恶意逾期处理"], "金额不大、逾期时间在30天以内"),
  T("identity_theft", ["到派出所报案", "到派出所报案拿到报案回执"]),
  T("identity_theft", ["向征信中心或放贷机构提出异议申请", "提出异议申请"]),
  T("autopay_fail", ["重新绑定自动还款账户", "重新绑定自动还款"]),
  T("autopay_fail", ["尽快补缴欠款", "补缴欠款"]),
  T("autopay_fail", ["要求银行出具情况说明并申请修改征信记录", "申请修改征信记录"], "银行确认是系统扣款故障造成的"),
  T("autopay_fail", ["检查还款账户余额是否充足、卡是否有效"], opt=True),
  T("", ["保持按时还款、不再产生新的逾期", "保持按时还款"]),
  T("", ["等待不良记录5年后自动删除", "等待5年自动删除"], "欠款还清之日起", opt=True),
 ])

DOCS["g03_xinyongka_jiange.txt"] = dict(problem="creditcard_limit_cut",
 causes=["card_inactive", "cashout_suspect_card", "debt_ratio_high", "other_overdue", "bank_policy"],
 triples=[
  T("card_inactive", ["恢复正常使用，每月刷几笔", "恢复正常用卡", "每月刷几笔、金额分散"]),
  T("card_inactive", ["再申请提额", "申请提额"], "三到六个月后"),
  T("cashout_suspect_card", ["停止这种用卡方式", "停止整数金额和深夜刷卡"]),
  T("cashout_suspect_card", ["多在正规商户消费", "多在超市、加油站、网购平台消费"]),
  T("cashout_suspect_card", ["打客服电话申请恢复原额度", "申请恢复原额度"], "被降额后三个月内没有再出现异常交易"),
  T("debt_ratio_high", ["提前还掉一部分贷款", "提前还款降低负债率"]),
  T("debt_ratio_high", ["把负债率降到50%以下", "降低负债率"]),
  T("other_overdue", ["还清逾期款项", "先还清逾期"]),
  T("other_overdue", ["保持12个月以上的良好还款记录", "保持良好还款记录"]),
  T("bank_policy", ["等待额度陆续恢复", "过段时间等待恢复"], "用卡正常"),
  T("", ["每月按时全额还清账单"], opt=True),
 ])

DOCS["g04_weixin_xianzhi.md"] = dict(problem="wechat_login_limited",
 causes=["wx_plugin", "wx_marketing", "wx_reported", "wx_hijack_risk"],
 triples=[
  T("", ["点击找回账号/解封进行自助解封", "自助解封", "完成手机号验证"]),
  T("wx_plugin", ["先卸载第三方插件再自助解封", "卸载第三方插件"]),
  T("wx_hijack_risk", ["找好友扫码辅助验证", "好友辅助验证"], "系统要求好友辅助"),
  T("wx_hijack_risk", ["修改密码并开启登录保护", "立即修改密码"], "解封后", optc=True),
  T("", ["在微信安全中心提交账号申诉", "账号申诉"]),
  T("wx_reported", ["申诉时如实说明情况并承诺不再违规", "如实说明情况"]),
  T("wx_reported", ["在微信安全中心提交账号申诉", "账号申诉"], opt=True),
  T("wx_marketing", ["等待限制期满自动解除", "等待自动解除"]),
  T("wx_plugin", ["不要使用非官方的微信版本和插件"], opt=True),
  T("wx_marketing", ["新号不要一天加几十个好友"], opt=True),
 ])

DOCS["g05_zhifubao_shoukuan.txt"] = dict(problem="alipay_receive_limited",
 causes=["alipay_abnormal_receipt", "alipay_personal_qr_business", "alipay_gambling", "alipay_realname_incomplete"],
 triples=[
  T("alipay_abnormal_receipt", ["按提示完成身份核验", "完成身份核验"]),
  T("alipay_abnormal_receipt", ["在安全中心查看限制详情"], opt=True),
  T("alipay_personal_qr_business", ["申请开通商家收款码", "升级为商家收款码"]),
  T("alipay_gambling", ["提供完整的资金来源证明、交易对手信息", "提供资金来源证明"]),
  T("alipay_realname_incomplete", ["补充上传身份证正反面照片", "上传身份证照片"]),
  T("alipay_realname_incomplete", ["完善职业等信息", "完善职业信息"]),
  T("", ["拨打95188转人工客服说明收款用途", "拨打95188转人工客服"], "以上都不是"),
  T("", ["收款时备注用途"], opt=True),
 ])

DOCS["g06_lanping.txt"] = dict(problem="windows_bsod",
 causes=["driver_incompat", "sysfile_corrupt", "ram_loose", "disk_bad_sector", "overheat"],
 triples=[
  T("driver_incompat", ["在设备管理器中回滚驱动程序", "回滚驱动程序"], "蓝屏是在更新显卡驱动或者安装新硬件之后出现的", optc=True),
  T("driver_incompat", ["进入安全模式后卸载该驱动", "进入WinRE安全模式卸载驱动"], "无法进入系统的"),
  T("sysfile_corrupt", ["运行sfc /scannow", "sfc /scannow"]),
  T("sysfile_corrupt", ["运行DISM /Online /Cleanup-Image /RestoreHealth", "DISM /Online /Cleanup-Image /RestoreHealth"]),
  T("sysfile_corrupt", ["扫描完成后重启电脑", "重启电脑"], opt=True),
  T("ram_loose", ["用橡皮擦擦拭金手指后重新插紧", "拔下内存条擦拭金手指后重新插紧", "重新插紧内存条"]),
  T("ram_loose", ["运行Windows内存诊断", "Windows内存诊断检测"], opt=True),
  T("ram_loose", ["只插一根轮流测试，更换有问题的内存条", "更换有问题的内存条"], "有两根内存"),
  T("disk_bad_sector", ["运行chkdsk C: /f /r", "chkdsk C: /f /r"]),
  T("disk_bad_sector", ["备份数据并更换硬盘", "更换硬盘"], "坏道较多"),
  T("overheat", ["清理机箱灰尘", "清灰"], "满载温度超过90℃"),
  T("overheat", ["重新涂抹硅脂", "涂抹硅脂"], "满载温度超过90℃"),
  T("", ["备份资料后重置此电脑或重装系统", "重装系统"], "以上方法都无效"),
 ])

DOCS["g07_bijiben_kaiji.html"] = dict(problem="laptop_no_boot",
 causes=["power_adapter", "static_charge", "ram_loose", "screen_cable"],
 optional_causes=["mainboard_fault"],
 triples=[
  T("power_adapter", ["插上原装充电器充电30分钟以上再开机", "充电30分钟以上再开机"]),
  T("power_adapter", ["换一个同型号的适配器", "更换适配器"], "充电指示灯不亮"),
  T("static_charge", ["长按电源键30秒以上释放静电", "释放静电"]),
  T("static_charge", ["拔掉电源适配器并取下电池", "拔掉电源适配器"], opt=True),
  T("static_charge", ["用取卡针戳底部的应急复位孔", "戳应急复位孔"], "内置电池的机型"),
  T("static_charge", ["装回电池、接上电源再开机"], opt=True),
  T("ram_loose", ["拔下内存条清洁金手指再重新插紧", "重新插紧内存条", "用橡皮擦清洁金手指"]),
  T("ram_loose", ["送官方售后检测", "直接送售后检测"], "保修期内的笔记本"),
  T("", ["送官方售后检测", "直接送售后检测"], "保修期内的笔记本", opt=True),
  T("screen_cable", ["外接一台显示器判断", "外接显示器"], opt=True),
  T("screen_cable", ["送修更换排线或屏幕", "更换屏幕排线或屏幕"], "外接显示器有画面"),
  T("", ["联系售后维修"], "以上方法都试过仍然无法开机"),
  T("mainboard_fault", ["联系售后维修"], "以上方法都试过仍然无法开机", opt=True),
 ])

DOCS["g08_shouji_chongdian.txt"] = dict(problem="phone_not_charging",
 causes=["port_dust", "cable_broken", "battery_aging", "phone_software", "charge_protect", "phone_temperature"],
 optional_causes=["phone_water"],
 triples=[
  T("port_dust", ["用牙签或细软毛刷清理充电口", "清理充电口"]),
  T("cable_broken", ["换一根原装或有认证的充电线、充电头", "更换充电线和充电头"]),
  T("battery_aging", ["到官方售后更换电池", "更换电池"], "电池健康度低于80%"),
  T("battery_aging", ["在设置里查看电池健康度"], opt=True),
  T("phone_software", ["强制重启手机", "强制重启"]),
  T("phone_software", ["备份数据后恢复出厂设置", "恢复出厂设置"], "强制重启后仍然不行"),
  T("charge_protect", ["在电池设置里关闭优化电池充电或充电保护开关", "关闭充电保护"], "电量停在80%就不再上涨", optc=True),
  T("phone_temperature", ["把手机放到阴凉处、取下手机壳", "放到阴凉处"]),
  T("phone_temperature", ["等温度恢复正常后再充电"]),
  T("", ["立即关机送修", "关机送修"], "手机进过水"),
  T("phone_water", ["立即关机送修", "关机送修"], "手机进过水", opt=True),
  T("", ["不要边充边玩大型游戏"], opt=True),
 ])

DOCS["g09_dayinji_tuoji.txt"] = dict(problem="printer_offline",
 causes=["printer_conn", "offline_mode_checked", "print_queue_stuck", "spooler_stopped", "printer_ip_changed"],
 triples=[
  T("printer_conn", ["确认打印机电源已打开", "打开打印机电源"], opt=True),
  T("printer_conn", ["把USB线两头拔下来重新插紧", "重新插紧USB线", "换一个USB口"]),
  T("printer_conn", ["确认打印机和电脑连的是同一个网络"], "网络打印机", opt=True),
  T("offline_mode_checked", ["把“脱机使用打印机”前面的勾去掉", "取消勾选脱机使用打印机"]),
  T("print_queue_stuck", ["在打印队列中点击取消所有文档", "取消所有文档"]),
  T("print_queue_stuck", ["停止Print Spooler服务后删除PRINTERS文件夹里的所有文件", "删除spool\\PRINTERS文件夹中的文件"], "取消不掉的"),
  T("spooler_stopped", ["将Print Spooler启动类型设为自动并启动", "启动Print Spooler服务"]),
  T("printer_ip_changed", ["在打印机属性-端口中修改为新的IP地址", "修改端口为新IP"]),
  T("printer_ip_changed", ["打印网络配置页查看新IP"], opt=True),
  T("printer_ip_changed", ["在路由器里给打印机绑定固定IP", "绑定固定IP"], opt=True),
  T("", ["重启打印机和电脑"]),
  T("", ["到打印机品牌官网下载最新驱动重新安装", "重新安装驱动"], "上述方法都不行"),
 ])

DOCS["g10_luyouqi.txt"] = dict(problem="router_no_internet",
 causes=["isp_fault", "pppoe_lost", "ip_conflict", "dns_unstable", "router_aging", "mac_filter"],
 triples=[
  T("isp_fault", ["打运营商客服查一下", "联系运营商客服"]),
  T("isp_fault", ["续费"], "欠费的"),
  T("isp_fault", ["报修"], "线路故障的"),
  T("pppoe_lost", ["在上网设置里重新填写宽带账号和密码", "重新填写宽带账号密码", "选择PPPoE拨号"]),
  T("pppoe_lost", ["找运营商客服重置账号密码", "找运营商客服重置"], "账号密码忘了的"),
  T("ip_conflict", ["执行ipconfig /release和ipconfig /renew重新获取IP", "重新获取IP"]),
  T("dns_unstable", ["把DNS改成223.5.5.5和114.114.114.114", "修改DNS"]),
  T("router_aging", ["把路由器断电10分钟再开", "断电10分钟"]),
  T("router_aging", ["换个新路由器", "更换路由器"], "每隔几天就要重启一次"),
  T("mac_filter", ["登录路由器后台把设备从黑名单里移出", "从黑名单里移出"]),
 ])

DOCS["g11_nginx_502.md"] = dict(problem="nginx_502",
 causes=["backend_down", "backend_oom", "upstream_mismatch", "socket_permission", "backend_timeout", "fpm_children_low"],
 triples=[
  T("backend_down", ["重启php-fpm", "systemctl restart php-fpm"]),
  T("backend_down", ["systemctl status php-fpm 查看状态"], opt=True),
  T("backend_oom", ["给服务器加内存", "加内存"], "重启后很快又挂"),
  T("backend_oom", ["调小pm.max_children"], "重启后很快又挂"),
  T("upstream_mismatch", ["修改fastcgi_pass使其与php-fpm监听地址一致", "fastcgi_pass unix:/run/php-fpm/www.sock"]),
  T("upstream_mismatch", ["用nginx -t检查配置"], opt=True),
  T("upstream_mismatch", ["执行systemctl reload nginx", "systemctl reload nginx"]),
  T("socket_permission", ["在www.conf中设置listen.owner和listen.group为nginx", "listen.owner = nginx"]),
  T("backend_timeout", ["调大fastcgi_read_timeout", "fastcgi_read_timeout 300"]),
  T("backend_timeout", ["优化慢查询"]),
  T("fpm_children_low", ["调大pm.max_children"], "内存允许的前提下"),
 ])

DOCS["g12_mysql.txt"] = dict(problem="mysql_wont_start",
 causes=["port_in_use", "datadir_permission", "bufpool_too_large", "disk_full", "innodb_corrupt"],
 triples=[
  T("port_in_use", ["找到占用3306端口的进程并结束", "结束占用端口的进程"]),
  T("port_in_use", ["在my.cnf里把port改成其他端口", "修改port"]),
  T("datadir_permission", ["执行chown -R mysql:mysql /var/lib/mysql", "chown -R mysql:mysql /var/lib/mysql"]),
  T("datadir_permission", ["执行restorecon -R /var/lib/mysql", "restorecon -R /var/lib/mysql"], "开启了SELinux的"),
  T("bufpool_too_large", ["修改my.cnf中的innodb_buffer_pool_size为物理内存的50%-70%", "调小innodb_buffer_pool_size"]),
  T("disk_full", ["清理binlog和无用的日志文件", "清理binlog"]),
  T("disk_full", ["用PURGE BINARY LOGS清理binlog"], opt=True),
  T("innodb_corrupt", ["在my.cnf中加上innodb_force_recovery = 1再启动", "设置innodb_force_recovery = 1"]),
  T("innodb_corrupt", ["立即用mysqldump导出数据", "mysqldump导出数据"], "能启动"),
  T("innodb_corrupt", ["逐步调到2、3，最大不超过6", "逐步调大innodb_force_recovery"], "1不行的"),
  T("innodb_corrupt", ["去掉该参数，重建数据库并导入数据", "重建数据库并导入"], "导出后", optc=True),
  T("", ["操作前备份整个data目录"], opt=True),
  T("", ["以mysqld --console前台启动看报错信息"], "日志里什么都没有", opt=True),
 ])

DOCS["g13_excel.txt"] = dict(problem="excel_corrupt",
 causes=["file_damaged_interrupted", "wrong_extension", "protected_view", "office_too_old"],
 triples=[
  T("file_damaged_interrupted", ["使用“打开并修复”功能", "打开并修复"]),
  T("file_damaged_interrupted", ["点“提取数据”", "提取数据"], "修复不成功"),
  T("file_damaged_interrupted", ["在恢复未保存的工作簿中找到自动恢复的副本", "恢复未保存的工作簿"], "前提是开启了自动保存"),
  T("wrong_extension", ["把后缀改回原来的.xlsx或.xls", "改回正确的扩展名"]),
  T("protected_view", ["在信任中心取消受保护的视图的三个勾", "关闭受保护的视图"], "确认文件来源可靠"),
  T("office_too_old", ["升级到Office 2016以上", "升级Office"]),
  T("office_too_old", ["安装兼容包"]),
  T("office_too_old", ["用WPS打开"]),
  T("", ["使用专业的数据恢复软件", "数据恢复软件"], "用了上面的方法还是打不开"),
  T("", ["从云盘、邮件附件里找之前的版本", "找之前的版本"], "用了上面的方法还是打不开"),
 ])

DOCS["g14_iphone_appstore.txt"] = dict(problem="iphone_appstore",
 causes=["network_issue", "wrong_datetime", "appleid_abnormal", "apple_server", "ios_bug"],
 triples=[
  T("network_issue", ["切换到4G/5G", "切换到蜂窝网络"]),
  T("network_issue", ["在设置-蜂窝网络中打开App Store的开关", "打开App Store蜂窝数据开关"]),
  T("network_issue", ["把DNS改成114.114.114.114", "修改DNS"], "WiFi下打不开的"),
  T("wrong_datetime", ["开启日期与时间的“自动设置”", "开启自动设置"]),
  T("appleid_abnormal", ["退出Apple ID登录，重启手机后重新登录", "重新登录Apple ID"]),
  T("appleid_abnormal", ["到iforgot.apple.com解锁", "解锁Apple ID"], "提示“此Apple ID已被锁定”"),
  T("apple_server", ["查看苹果官网系统状态页面"], opt=True),
  T("apple_server", ["耐心等待苹果修复", "等待修复"], "App Store显示为黄色或红色"),
  T("ios_bug", ["升级到最新的正式版", "升级iOS正式版"], "升级iOS测试版之后", optc=True),
  T("ios_bug", ["还原网络设置"], "实在不行"),
 ])

DOCS["g15_shebaoka.txt"] = dict(problem="sscard_unusable",
 causes=["sscard_not_activated", "sscard_lost_replaced", "insurance_lapse", "fraud_abnormal_txn"],
 triples=[
  T("sscard_not_activated", ["到合作银行网点办理激活", "携带身份证和社保卡到合作银行网点激活"]),
  T("sscard_not_activated", ["在电子社保卡小程序里在线激活", "在线激活"]),
  T("insurance_lapse", ["补缴", "补缴医保"], "断缴在3个月以内的"),
  T("insurance_lapse", ["连续缴费满6个月", "重新连续缴费满6个月"], "断缴超过3个月的"),
  T("insurance_lapse", ["在当地税务APP或支付宝城市服务中补缴"], "灵活就业人员"),
  T("fraud_abnormal_txn", ["持身份证到开户银行网点说明情况、配合核查", "到开户银行网点说明情况"]),
  T("fraud_abnormal_txn", ["联系办案机关"], "公安机关要求冻结的"),
  T("sscard_lost_replaced", ["到社保经办机构或合作银行补办新卡", "补办新卡"]),
  T("sscard_lost_replaced", ["使用电子社保卡扫码就医", "电子社保卡扫码就医"], "补卡期间"),
  T("", ["拨打12333人社服务热线咨询", "拨打12333"], "仍有疑问", opt=True),
 ])

DOCS["g16_baitiao.txt"] = dict(problem="jd_baitiao_frozen",
 causes=["bt_overdue", "xiaobai_low", "bt_cashout", "multi_loan"],
 triples=[
  T("bt_overdue", ["立即还清逾期账单（含违约金）", "还清逾期账单"]),
  T("bt_overdue", ["联系京东金融客服申请解冻", "申请解冻"], "逾期在30天以内、且是首次逾期"),
  T("bt_overdue", ["等待系统重新评估"], "还款后一般1-3个工作日", opt=True),
  T("xiaobai_low", ["多在京东自营购物并按时确认收货", "多在京东自营购物"]),
  T("xiaobai_low", ["完善学历、职业等身份信息", "完善身份信息"]),
  T("xiaobai_low", ["减少不必要的退货", "减少退货"]),
  T("xiaobai_low", ["等待额度自动恢复", "额度自动恢复"], "信用分回升到60分以上后"),
  T("bt_cashout", ["立即停止套现行为", "停止套现"]),
  T("bt_cashout", ["保持正常消费和按时还款"], "冻结期间"),
  T("bt_cashout", ["联系客服申诉", "尝试联系客服申诉"], "观察期满后"),
  T("multi_loan", ["结清部分网贷", "先结清部分网贷"]),
  T("multi_loan", ["停止申请新的贷款"]),
  T("multi_loan", ["到京东金融APP申请重新评估额度", "申请重新评估额度"], "征信查询记录冷却3个月以上"),
 ])

SPLIT = {
 "tune": ["g01_yinhangka.txt", "g03_xinyongka_jiange.txt", "g04_weixin_xianzhi.md", "g08_shouji_chongdian.txt",
          "g10_luyouqi.txt", "g12_mysql.txt", "g14_iphone_appstore.txt", "g15_shebaoka.txt"],
 "test": ["g02_zhengxin_yuqi.txt", "g05_zhifubao_shoukuan.txt", "g06_lanping.txt", "g07_bijiben_kaiji.html",
          "g09_dayinji_tuoji.txt", "g11_nginx_502.md", "g13_excel.txt", "g16_baitiao.txt"],
}
