#!/usr/bin/env python3
"""Write testdata/genre6/articles/* and genre6.gold.json from arts1.py and arts2.py.

    python3 src/build.py                  # articles + gold
    python3 src/build.py --ceiling DIR    # also DIR/knowledge.json, a prediction built from the gold

The ceiling is not written into the repository unless you point --ceiling there.
"""
import os, sys
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))  # testdata
import arts1, arts2
import synthset

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # testdata/genre6

# Everyday/consumer pages; the others are technical. Each half holds four of each.
CONSUMER = {1, 4, 5, 6, 9, 12, 13, 16}

CAUSES = {
 # shared across documents (merge pairs), worded differently in each page
 "disk_full": ("磁盘满了", ["DiskPressure=True", "分区使用率超过85%", "构建机磁盘满了", "镜像和构建缓存把磁盘吃满", "磁盘空间不足", "no space left on device"]),
 "av_block": ("被杀毒软件或安全软件拦截", ["被杀毒软件误杀", "exe被当成病毒隔离", "第三方安全软件的防火墙拦了445端口", "安全软件拦截", "杀毒软件误报"]),
 "wifi_weak": ("WiFi信号弱", ["信号比-70还低", "离路由器远隔了两堵墙", "家里WiFi信号本来就很弱", "信号差", "网络信号不好"]),
 # x01
 "fr_temp": ("温控档位开得太高", ["温控调得太高", "夏天往5、6档拧", "压缩机几乎不停", "档位太高"]),
 "fr_drain": ("排水孔堵了", ["排水孔被菜叶冰碴堵住", "冰箱排水孔堵塞", "化霜水排不出去"]),
 "fr_seal": ("门封不严", ["门封条老化变形", "门封漏气", "门被瓶瓶罐罐顶住"]),
 "fr_food": ("东西贴着后壁放", ["菜靠着后壁", "食物贴着冷藏室后壁"]),
 "fr_thermostat": ("温控器坏了", ["温控器感温不准", "温控器故障", "压缩机停不下来"]),
 "fr_door": ("频繁开冰箱门", ["一开就开好久", "开门次数太多", "开门时间太长"]),
 # x02
 "gc_big": ("仓库体积太大", ["仓库历史里有误提交的大文件", "完整克隆有2.3GB", "大仓库传输时间太长"]),
 "gc_gateway": ("公司网关掐断长时间的HTTPS连接", ["出口网关掐掉超过10分钟的连接", "公司网关的问题", "长连接被网关断开"]),
 "gc_oldgit": ("Git版本太老", ["Git 2.30在HTTP/2下会断流", "老版本Git的HTTP/2断流问题", "git客户端过旧"]),
 # x03
 "sq_journal": ("默认的rollback journal模式读写互相阻塞", ["读写互相阻塞", "没开WAL模式", "rollback journal模式下写事务锁住整个库"]),
 "sq_longtx": ("后台导出任务是个长事务", ["长事务攥着写锁", "导出任务长时间占着写锁", "长事务"]),
 "sq_nocommit": ("事务既没commit也没rollback", ["有一条分支没有提交事务", "连接放回连接池时还带着锁", "事务没提交"]),
 "sq_timeout": ("等锁时间只有默认的5秒", ["timeout默认只有5秒", "等锁超时太短", "busy timeout太短"]),
 "sq_nfs": ("数据库文件放在网络文件系统上", ["库放在NAS挂载的目录上", "NFS、SMB上的文件锁靠不住", "数据库在网络盘上"]),
 "sq_gui": ("DB Browser打开着库没写入更改", ["用DB Browser for SQLite改了数据没点写入更改", "图形工具占着锁没释放"]),
 # x04
 "yd_nobeian": ("未办理异地就医备案", ["没有做异地就医备案", "没备案就去外地看病", "未备案"]),
 "yd_place": ("备案就医地与实际就医地不一致", ["备案地和就医地不一致", "就医地发生了变化"]),
 "yd_hospital": ("就诊医疗机构未开通跨省直接结算", ["医院不是联网定点医疗机构", "就诊医院没有联网"]),
 "yd_noreg": ("入院时未出示医保凭证", ["入院登记时没出示医保电子凭证或社保卡", "入院时没有登记使用异地医保"]),
 "yd_expire": ("异地就医备案已过有效期", ["临时外出就医备案超过6个月", "备案失效"]),
 "yd_status": ("参保状态异常", ["单位欠缴医保费", "个人中断缴费", "医保待遇暂停"]),
 "yd_chronic": ("门诊慢特病未办理认定", ["没有办理门诊慢特病资格认定", "慢特病资格未认定"]),
 "yd_system": ("网络故障或系统升级", ["医保结算系统故障", "系统升级暂时无法结算"]),
 # x05
 "cam_power": ("摄像头供电不稳", ["USB延长线太细压降大", "接了3米的USB延长线", "掉电重启"]),
 "cam_band": ("双频合一把摄像头分到了5G", ["摄像头被分到5G频段", "路由器开了双频合一"]),
 "cam_dhcp": ("DHCP地址池满了", ["后连的设备分不到地址", "路由器地址池只给了50个"]),
 "cam_fw": ("摄像头固件有bug", ["固件版本旧", "4.1.6固件老掉线"]),
 "cam_sd": ("存储卡坏了", ["存储卡损坏导致反复重启", "SD卡坏了"]),
 # x06
 "wx_battery": ("系统省电把微信后台杀了", ["微信后台被杀", "应用启动管理自动管理", "省电策略限制了微信"]),
 "wx_inapp": ("微信里的新消息通知被关了", ["新消息通知开关没开", "被手机管家关了微信通知"]),
 "wx_sysperm": ("系统通知权限没开", ["系统设置里没允许微信通知", "通知权限被关"]),
 "wx_pc": ("电脑登录微信后手机通知被关", ["Windows微信已登录时手机不响", "电脑上也登着微信"]),
 "wx_focus": ("开了专注模式", ["睡眠或勿扰模式忘了关", "专注模式没关"]),
 "wx_mute": ("群设置了消息免打扰", ["自己手滑设了消息免打扰", "群消息免打扰"]),
 # x07
 "k8_kubelet": ("kubelet进程挂了", ["kubelet挂了", "kubelet显示inactive或一直在重启", "kubelet没在运行"]),
 "k8_autostart": ("kubelet没设开机自启", ["装机时忘了设开机自启", "机器重启后kubelet没起来"]),
 "k8_runtime": ("containerd卡住了", ["container runtime is down", "容器运行时卡住", "containerd异常"]),
 "k8_cert": ("kubeadm集群证书过期", ["证书默认有效期一年已过", "集群证书过期"]),
 "k8_cni": ("网络插件没起来", ["NetworkPluginNotReady", "cni config uninitialized", "calico-node出了问题"]),
 "k8_pleg": ("PLEG is not healthy", ["PLEG检查超时", "容器在疯狂起停", "节点上Pod太多"]),
 "k8_fw": ("firewalld挡了10250端口", ["控制面连不上节点的10250端口", "firewalld默认开着"]),
 # x08
 "os_secret": ("AccessKey Secret填写错误", ["复制Secret时带入了空格、换行", "Secret填错了"]),
 "os_ctype": ("签名用的请求头与实际发送的不一致", ["签名时的Content-Type与请求头不一致", "Content-MD5不一致"]),
 "os_time": ("客户端时间与服务器相差超过15分钟", ["RequestTimeTooSkewed", "客户端时间不准"]),
 "os_akdisabled": ("AccessKey已被禁用或删除", ["AccessKey被禁用", "AccessKey被删除了"]),
 "os_ram": ("子账号没有PutObject权限", ["缺少los:PutObject权限", "RAM子账号没授权"]),
 "os_policy": ("Bucket Policy拒绝了请求来源IP", ["Deny语句命中了出口IP", "拒绝策略命中来源IP"]),
 "os_url": ("预签名URL已过期", ["Request has expired", "签名URL过期"]),
 "os_endpoint": ("Endpoint与Bucket所在地域不一致", ["Endpoint地域不对", "用错了Endpoint"]),
 "os_sts": ("使用STS临时凭证时没有携带SecurityToken", ["没传SecurityToken", "缺少SecurityToken"]),
 "os_sts_exp": ("STS临时凭证过期", ["临时凭证超过1小时有效期", "临时凭证失效"]),
 # x09
 "fl_time": ("不在网上值机开放时间内", ["当前不在值机办理时间内", "距离起飞不足45分钟网上值机已关闭", "值机还没开放"]),
 "fl_group": ("团体客票", ["团体票不支持网上值机", "买的是团体票"]),
 "fl_special": ("需要特殊服务的旅客", ["携带婴儿或无成人陪伴儿童", "需要轮椅担架等特殊服务"]),
 "fl_ticket": ("客票尚未出票或改期后未换开", ["客票未出票", "改期后未完成换开", "客票状态异常"]),
 "fl_name": ("购票时姓名或证件号码填错", ["旅客信息不符", "证件号码与购票信息不一致"]),
 "fl_passport": ("没有补充护照等旅行证件信息", ["国际航班未补充护照信息", "旅行证件未核验"]),
 "fl_passexp": ("证件有效期不足6个月", ["护照快到期", "证件有效期不够"]),
 "fl_codeshare": ("联程后段由其他航空公司承运", ["其他航空公司承运的航段", "联程航班后一段不是本公司承运"]),
 "fl_app": ("App版本较低", ["东岳航空App版本过低", "没有更新App"]),
 "fl_net": ("网络不稳定", ["提交时网络不稳", "网络不好页面一直加载"]),
 # x10
 "pi_hidden": ("缺少隐式导入的模块", ["ModuleNotFoundError", "动态导入的模块没被打包", "hidden import缺失"]),
 "pi_data": ("数据文件没有打包进去", ["图片配置文件没打进包", "运行时找不到资源文件", "FileNotFoundError"]),
 "pi_compat": ("打包环境和运行环境不兼容", ["用Python 3.9以上打的包拿到Win7上运行", "64位打的包在32位系统上跑", "Python 3.9起不支持Win7"]),
 "pi_exit": ("程序运行完窗口自动关掉", ["程序跑完就退出", "控制台程序执行完自动关闭"]),
 "pi_old": ("PyInstaller版本太旧", ["旧版PyInstaller的hook跟不上新库", "PyInstaller太老"]),
 # x11
 "ci_tags": ("job的tags和runner的tags对不上", ["tags对不上", "tags写错了", "job的tags不是runner tags的子集"]),
 "ci_protected": ("runner是protected的只跑受保护分支", ["runner勾了Protected", "在个人分支上跑protected runner"]),
 "ci_offline": ("runner离线了", ["runner没在跑", "Last contact是很久以前", "Runner列表里显示灰点"]),
 "ci_concurrent": ("并发数concurrent设得太小", ["concurrent默认只有1", "并发数不够"]),
 "ci_token": ("runner被删了或token失效", ["403 Forbidden", "invalid token", "token被重置了"]),
 "ci_shared": ("项目关了共享runner", ["没有为此项目启用实例runner", "共享runner被关闭"]),
 # x12
 "tp_cold": ("气温下降胎压自然降低", ["天冷胎压降低", "突然降温", "气温每降10度胎压掉0.1"]),
 "tp_nail": ("轮胎扎钉慢撒气", ["扎钉了", "胎面扎了自攻螺丝", "轮胎慢漏气"]),
 "tp_reset": ("补气后没做胎压初始化", ["没有重置胎压", "间接式胎压没重新学习"]),
 "tp_match": ("新轮毂上的传感器没跟车匹配", ["换了轮毂或冬季胎后传感器没匹配", "传感器未匹配"]),
 "tp_battery": ("胎压传感器电池没电", ["传感器电池用了5到7年", "传感器里的电池没电了"]),
 # x13
 "cc_overseas": ("卡没开通境外交易", ["默认只开了境内交易", "境外交易开关没打开"]),
 "cc_unionpay": ("商户不受理银联卡", ["卡组织不对", "只有银联标的卡刷不了", "小店只认Visa/Master/JCB"]),
 "cc_risk": ("境外消费被银行风控拦截", ["被银行风控拦了", "银行觉得交易可疑"]),
 "cc_limit": ("信用卡额度不够", ["额度不够", "外币折算加货币转换费后超了额度"]),
 "cc_pin": ("卡没设交易密码", ["从来没设过交易密码", "机器要求输密码"]),
 # x14
 "sm_share_off": ("网络发现和文件共享没开", ["文件和打印机共享没打开", "网络发现关闭"]),
 "sm_public": ("网络配置文件是公用网络", ["网络被设成公用", "公用网络挡掉了共享"]),
 "sm_guest": ("系统默认禁止不安全的来宾登录", ["Win11默认禁止来宾访问共享", "来宾访问被禁止"]),
 "sm_smb1": ("对方只支持SMB1", ["老NAS只支持SMB1", "新系统默认没装SMB 1.0"]),
 "sm_service": ("共享相关的服务没启动", ["Workstation服务没启动", "TCP/IP NetBIOS Helper没启动"]),
 "sm_cred": ("保存了错误的凭据", ["凭据管理器里存着错误的账号密码", "凭据错误"]),
}

if __name__ == "__main__":
    synthset.main("genre6", "x", ROOT, CAUSES, CONSUMER, arts1.ARTS + arts2.ARTS)
