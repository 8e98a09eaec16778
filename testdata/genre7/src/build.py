#!/usr/bin/env python3
"""Write testdata/genre7/articles/* and genre7.gold.json from arts1.py and arts2.py.

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

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # testdata/genre7

# Everyday/consumer pages; the others are technical. Each half holds four of each.
CONSUMER = {1, 2, 4, 5, 6, 9, 12, 15}

CAUSES = {
 # shared across documents (merge pairs), worded differently in each page
 "cfg_syntax": ("配置文件语法写错", ["listener.ora括号没配对", "listener.ora写错了", "YAML缩进写错", "Invalid workflow file", "配置文件格式错误"]),
 "mtu": ("MTU不匹配导致大包被丢弃", ["网卡MTU只有1450而docker0默认1500", "链路MTU过小", "数据包超长被丢弃", "MTU设置过大"]),
 "fw_old": ("固件或车机软件版本过旧", ["路由器出厂固件的bug", "主机软件版本低于V3.2.8", "出厂固件有bug", "车机软件版本过低", "固件没升级"]),
 # y01
 "mw_power": ("火力设在低火或解冻档", ["火力设置在低火", "功率档位太低", "开的是解冻档"]),
 "mw_metal": ("使用了金属容器或锡箔纸", ["用了带金边银边的餐具", "金属容器", "食物包着锡箔纸"]),
 "mw_food": ("食物量过多或冻得太硬", ["食物太多", "冷冻食物冻得太硬", "食物量过多"]),
 "mw_volt": ("供电电压过低", ["电压低于198V", "电压不足", "用电高峰电压低"]),
 "mw_vent": ("进出风口被遮挡过热保护动作", ["通风口被堵", "过热保护", "散热不良"]),
 "mw_magnetron": ("磁控管或高压元件损坏", ["磁控管坏了", "高压元件损坏", "磁控管损坏"]),
 # y02
 "atm_timeout": ("取款后没有及时取走卡片", ["30秒内没有取走卡片", "忘了拿卡", "超时未取卡"]),
 "atm_pin": ("密码连续输错3次", ["密码错误次数当天累计满3次", "密码输错三次", "输错密码"]),
 "atm_card": ("卡片芯片或磁条受损", ["芯片或磁条损坏", "机器读不出卡", "卡片本身受损"]),
 "atm_status": ("卡片已挂失冻结或过期", ["卡已挂失", "卡被冻结", "卡片过了有效期"]),
 "atm_fault": ("ATM设备故障或交易中途断电断网", ["设备通讯异常", "ATM故障", "交易中途断网"]),
 # y03
 "ora_down": ("数据库实例没有启动", ["实例根本没起来", "实例没起", "数据库没启动"]),
 "ora_reg": ("实例还没注册到监听", ["动态注册还没完成", "服务没注册到监听", "PMON或LREG还没注册"]),
 "ora_svc": ("连接串里的服务名写错", ["SERVICE_NAME写错了", "服务名和lsnrctl status里的对不上", "写了PDB的名字而不是服务名"]),
 "ora_sid": ("把SID当成了服务名", ["SID和服务名混用", "用SID连接", "JDBC里SID和服务名写法弄混"]),
 "ora_port": ("监听不在默认端口而LOCAL_LISTENER没改", ["监听改成了1522", "LOCAL_LISTENER没设", "实例往1521上注册"]),
 "ora_fw": ("防火墙挡住了1521端口", ["防火墙挡了端口", "防火墙的问题"]),
 # y04
 "rt_wpa3": ("加密方式是WPA3老网卡不支持", ["出厂默认WPA3", "老设备不支持WPA3", "WPA3加密"]),
 "rt_channel": ("160MHz频宽选到了老设备不支持的信道", ["自动选到149以上的信道", "老设备只支持36到48信道", "160MHz频宽"]),
 "rt_ax": ("开了Wi-Fi 6模式老设备兼容不好", ["802.11ax握手兼容问题", "11ax模式", "Wi-Fi 6模式不兼容"]),
 "rt_ssid": ("Wi-Fi名称用了中文或emoji", ["SSID用了中文名", "Wi-Fi名里有emoji", "无线名称含中文"]),
 "rt_limit": ("接入设备数达到上限", ["默认最多接入32台", "设备数满了", "连接数上限"]),
 # y05
 "wp_pump": ("二次供水设备故障", ["变频泵控制器损坏", "泵房设备出了问题", "二次供水泵单泵运行"]),
 "wp_aerator": ("龙头起泡器被水垢堵住", ["起泡器或角阀滤网堵塞", "龙头起泡器有水垢", "起泡器堵了"]),
 "wp_valve": ("入户总阀没开到位", ["水表后阀门没开到底", "总阀没开全"]),
 "wp_filter": ("前置过滤器滤芯堵塞", ["滤芯超过6个月未更换", "净水器滤芯堵了", "过滤器堵塞"]),
 "wp_pipe": ("户内镀锌管锈蚀结垢", ["老小区镀锌钢管内径变细", "水管锈蚀", "管道结垢"]),
 "wp_peak": ("早晚高峰用水集中", ["高峰时段管网压力波动", "用水高峰", "用水集中压力下降"]),
 "wp_city": ("市政供水压力不够", ["自来水公司压力不够", "市政管网压力不足"]),
 # y06
 "in_wait": ("在等待期内出险", ["等待期内确诊", "等待期内首次出现症状", "等待期出险"]),
 "in_disclose": ("投保时未如实告知既往症", ["没有如实健康告知", "既往症未告知", "健康告知漏填"]),
 "in_docs": ("理赔材料不全", ["缺少出院小结或费用明细", "材料不齐", "发票不是原件"]),
 "in_deduct": ("未达到免赔额", ["自付不到1万元免赔额", "没超过免赔额", "不够免赔额"]),
 "in_hospital": ("就诊医院不在约定范围", ["在特需部、国际部或私立医院就诊", "非约定医院", "医院不符合约定"]),
 "in_excluded": ("费用属于除外责任", ["整形美容体检等除外费用", "不在保障范围的费用", "除外责任"]),
 "in_lapse": ("保单因欠缴续期保费而效力中止", ["保单失效", "宽限期后仍未交保费", "保单效力中止"]),
 # y07
 "dk_dns": ("公司网络屏蔽了外部DNS", ["容器回落到8.8.8.8被防火墙丢了", "只允许用内网DNS", "外部DNS被屏蔽"]),
 "dk_fwd": ("宿主机关了IP转发", ["net.ipv4.ip_forward被改成0", "IP转发关闭", "ip_forward=0"]),
 "dk_nat": ("Docker的iptables规则被清掉", ["iptables -F清空了NAT规则", "重启firewalld后规则没了", "NAT规则丢失"]),
 "dk_bip": ("docker0网段和公司内网冲突", ["172.17网段与公司网段重叠", "网段冲突", "bip网段冲突"]),
 "dk_proxy": ("容器里没配HTTP代理", ["内网出去必须走代理", "宿主机配了代理容器没有", "没有配置代理"]),
 "dk_selinux": ("SELinux拦截", ["SELinux拦了", "SELinux的问题"]),
 # y08
 "dm_nofstab": ("fstab里没写挂载项", ["只手工mount过", "fstab漏写", "没写进fstab"]),
 "dm_devname": ("fstab用设备名重启后盘符漂移", ["用/dev/vdb设备名", "盘符变了", "设备名漂移"]),
 "dm_uuid": ("盘重新格式化后UUID变了", ["fstab里的UUID过期", "UUID对不上", "旧UUID"]),
 "dm_detach": ("云盘已从实例卸载", ["云盘没有挂到实例上", "盘随旧实例释放", "云盘被卸载"]),
 "dm_fs": ("文件系统损坏", ["异常断电后文件系统损坏", "XFS corruption", "EXT4-fs error"]),
 "dm_sysdisk": ("系统盘重装或更换过", ["更换系统盘后fstab是新的", "重装系统", "挂载点目录不存在"]),
 # y09
 "rf_tag": ("吊牌已拆影响二次销售", ["拆了吊牌", "吊牌拆除不支持七天无理由", "拆吊牌后不支持退换"]),
 "rf_category": ("商品不适用七天无理由", ["贴身衣物不退", "定制商品和生鲜不适用", "内裤属于贴身衣物"]),
 "rf_overdue": ("超过了七天", ["超过七天期限", "超期申请", "过了七天"]),
 "rf_gift": ("赠品没一起寄回", ["赠品没退", "漏寄赠品", "没退赠品"]),
 "rf_reason": ("退货原因选成了质量问题", ["退货原因选错", "选了质量问题拿不出证据", "申请原因选错了"]),
 "rf_used": ("商品有使用痕迹", ["穿过洗过", "有明显使用痕迹", "衣服洗过"]),
 "rf_package": ("拆了外包装", ["拆了盒子", "外包装拆封"]),
 # y10
 "go_private": ("没设GOPRIVATE", ["私有模块走了公共代理和校验库", "GOPRIVATE没配置", "走了goproxy和sum.golang.org"]),
 "go_cred": ("git没有GitLab的凭证", ["could not read Username", "terminal prompts disabled", "没有访问凭证"]),
 "go_noproxy": ("内网GitLab没加进NO_PROXY", ["全局HTTPS_PROXY把内网请求发到了代理", "NO_PROXY没配", "代理环境变量没排除内网"]),
 "go_subgroup": ("库在GitLab子组里", ["子组路径只认前两级", "go get元数据路径不对", "子组"]),
 "go_ci": ("CI runner上没配GOPRIVATE和凭证", ["runner上没有本机的git配置", "CI里没设GOPRIVATE", "CI环境缺少凭证"]),
 "go_cert": ("GitLab用的是自签名证书", ["x509: certificate signed by unknown authority", "公司自签名证书", "证书不受信任"]),
 "go_version": ("Go版本太老", ["Go版本过低"]),
 # y11
 "gh_dir": ("workflow文件不在.github/workflows目录", ["目录名少了个s", ".github/workflow", "workflow放错目录"]),
 "gh_branch": ("branches过滤和默认分支对不上", ["写的是master而默认分支是main", "分支过滤没命中", "分支名写错"]),
 "gh_token": ("GITHUB_TOKEN产生的事件不会触发新workflow", ["用GITHUB_TOKEN打的tag", "GITHUB_TOKEN推送不触发", "防止workflow无限递归"]),
 "gh_schedule": ("仓库60天没有提交schedule被自动禁用", ["定时任务被自动禁用", "schedule workflow被禁用", "60天无活动"]),
 "gh_fork": ("fork来的PR需要维护者批准", ["首次贡献者的workflow要批准", "外部贡献者的PR", "fork PR"]),
 "gh_paths": ("paths过滤没命中改动的文件", ["paths只写了src/**", "按路径过滤", "只改了package.json"]),
 "gh_quota": ("Actions免费额度用完了", ["额度用完", "分钟数用完"]),
 # y12
 "cp_ios": ("iOS 17.0至17.1.2的兼容问题", ["iOS版本有bug", "iOS 17.0兼容问题", "手机系统版本问题"]),
 "cp_hotspot": ("手机开了个人热点或连着其他Wi-Fi", ["个人热点冲突", "连接了车外的其他Wi-Fi", "点对点Wi-Fi连接冲突"]),
 "cp_heat": ("手机温度过高降低无线功率", ["长时间放在无线充电板上", "手机过热", "手机发热降功率"]),
 "cp_interfere": ("后装设备5GHz同频干扰", ["行车记录仪车载Wi-Fi干扰", "同频干扰", "后装设备干扰"]),
 # y13
 "mac_quar": ("带有隔离属性且没做苹果公证", ["com.apple.quarantine", "没有公证", "隔离属性"]),
 "mac_sign": ("app签名失效", ["签名坏了", "汉化补丁改了app里的文件", "arm64程序没有有效签名"]),
 "mac_dmg": ("安装包没下载完整", ["dmg没下完整", "下载到一半断了", "SHA256对不上"]),
 "mac_old": ("软件太老不支持新系统", ["多年没更新", "新系统不支持", "软件太老了"]),
 "mac_cert": ("签名证书过期", ["老版本macOS安装器的证书过期", "证书过期", "安装器签名证书失效"]),
 "mac_mdm": ("公司MDM策略禁止未公证的app", ["MDM管控", "管理员禁止了未公证的app", "公司电脑MDM"]),
 "mac_sip": ("SIP的问题", ["系统完整性保护", "要关SIP"]),
 # y14
 "vpn_icmp": ("ICMP被屏蔽路径MTU发现失效", ["防火墙丢弃ICMP需要分片报文", "PMTUD失效", "ICMP被屏蔽"]),
 "vpn_split": ("分流规则没包含目标网段", ["仅内网走隧道规则里没有该网段", "流量不走隧道", "路由规则缺网段"]),
 "vpn_dns": ("内网域名用了本地DNS解析", ["优先使用了家庭路由器下发的DNS", "DNS没走隧道", "内网域名解析失败"]),
 "vpn_av": ("与第三方安全软件的网络过滤驱动冲突", ["安全软件Web防护模块冲突", "杀毒软件冲突", "网络过滤驱动冲突"]),
 "vpn_ipv6": ("IPv6流量绕过隧道", ["网站优先走IPv6直连", "隧道只承载IPv4", "IPv6直连"]),
}

if __name__ == "__main__":
    synthset.main("genre7", "y", ROOT, CAUSES, CONSUMER, arts1.ARTS + arts2.ARTS)
