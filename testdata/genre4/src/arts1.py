# Articles v01-v08 of genre4. Line markers: "@B " boilerplate, "@M " metadata (neither list),
# "@N " neither (other reasons), blank = blank, anything else = content.
# Triples: (cause, [remedy phrasings], condition, flags)  flags: "o" optional, "c" optional_condition
# Split (fixed before writing): odd numbers tune, even numbers test.
ARTS = []

# ---------------------------------------------------------------- v01 (tune, consumer)
ARTS.append(dict(
name="v01_saodi_jiqiren_huibuliao_chongdianzuo.txt",
problem=("robot_vacuum_no_dock", "扫地机器人回不了充电座", ["扫地机器人找不到充电座", "扫地机器人回充失败", "扫地机器人不回充", "扫地机器人回不去充电"]),
text=r"""@B 知否问答 | 首页 | 分类 | 问答广场 | 知否日报 | 企业平台
@B 搜索你想知道的问题
@B 知否问答 > 数码 > 智能家居
扫地机器人总是找不到充电座，扫完就停在半路没电了，怎么回事？
买了一年多的扫地机器人，最近每次扫完都回不去充电座，在客厅里转圈，最后没电停在沙发底下。充电座一直插着电，指示灯也亮着。有没有懂的朋友说说怎么办？
@M 提问者：橘子汽水2021 | 2024-03-18 20:12 | 浏览 4521 次
@B 我来答 | 分享 | 举报
@B 最佳答案
@M 家电维修老周 | 采纳率 92% | 擅长：小家电 | 2024-03-18 21:05
回不了座这个问题我修过很多台，基本就这几个原因：
1. 充电座摆放位置不对。充电座两侧各0.5米、前方1.5米以内不能有东西挡着，很多人把充电座塞在沙发边或者柜子夹缝里，机器收不到回充信号。把充电座挪到靠墙的空旷位置，背面贴紧墙。也不要放在镜子或者落地窗旁边，反光会干扰信号。
2. 回充红外窗口或者充电弹片脏了。机器前面那块黑色的半透明窗口就是回充传感器，沾了灰或者毛发就认不出充电座。用干的软布把窗口擦干净，再用酒精棉片擦一下机器底部和充电座上的金属弹片。
3. 电池老化了。用了一年半以上的机器，电池容量掉得厉害，还没扫完就没电，根本撑不到回座。先在App里看一下电池健康度，低于60%的话直接买原装电池换掉，几十块钱的事。
4. 地图出错。搬过家具或者充电座挪过位置以后，机器记的地图跟实际对不上，回座路线也就错了。在App里删掉旧地图，让它重新建一次图就行。
以上都不是的话，送售后检测一下回充模块。
@B 赞同 128 | 评论 9 | 收藏
@B 其他回答（3）
@M 小鹿家居生活馆 | 2024-03-19 08:47
补充一点，看看固件是不是最新的。我家那台也是老找不到座，后来在App里把固件升级到最新版本就好了，厂家在更新说明里写了“优化回充成功率”。
@B 赞同 36 | 评论 2
@M 匿名用户 | 2024-03-19 12:30
还有门槛！充电座在卧室、机器扫到客厅的，中间门槛超过2厘米它就爬不回去。可以买个门槛斜坡垫一下，或者干脆把充电座放到机器最常扫的那个房间。
@B 赞同 21 | 评论 0
@M 不是很懂的网友 | 2024-03-20 16:02
我家的也是冬天开了地暖以后才这样的，不知道有没有关系，坐等大神。
@B 赞同 2 | 评论 1
@B 相关问题
@B 扫地机器人吸力变小是什么原因 312个回答
@B 扫地机器人和拖地机器人哪个好 88个回答
@B 扫地机器人边刷缠头发怎么清理 45个回答
@B 广告 | 618智能家居焕新季，扫拖一体机直降800元 立即抢购>>
@B 下载知否App，随时随地提问
@B ©2024 知否问答 zhifou-wenda.cn | 京ICP备20031566号-3 | 京公网安备11010802033517号""",
causes=["sd_dock_place", "sd_sensor_dirty", "bat_old", "sd_map", "sd_firmware", "sd_threshold"],
opt_causes=[],
triples=[
 ("sd_dock_place", ["把充电座挪到靠墙的空旷位置背面贴紧墙", "把充电座挪到空旷的位置", "充电座两侧和前方不要有东西挡着", "挪动充电座位置"], "", ""),
 ("sd_dock_place", ["不要放在镜子或者落地窗旁边", "充电座远离镜子和落地窗"], "", "o"),
 ("sd_sensor_dirty", ["用干的软布把回充窗口擦干净", "擦干净回充传感器窗口", "清洁回充红外窗口"], "", ""),
 ("sd_sensor_dirty", ["用酒精棉片擦机器底部和充电座上的金属弹片", "擦拭充电弹片", "清洁充电座金属弹片"], "", ""),
 ("bat_old", ["在App里看一下电池健康度", "查看电池健康度"], "", "o"),
 ("bat_old", ["买原装电池换掉", "更换原装电池", "换电池"], "电池健康度低于60%", ""),
 ("sd_map", ["在App里删掉旧地图让它重新建图", "删除旧地图重新建图", "重新建图"], "", ""),
 ("", ["送售后检测回充模块", "送售后检测", "找售后检修"], "以上都不是的话", ""),
 ("sd_firmware", ["在App里把固件升级到最新版本", "升级固件", "更新固件到最新版"], "", ""),
 ("sd_threshold", ["买个门槛斜坡垫一下", "加装门槛斜坡", "把充电座放到机器最常扫的那个房间"], "充电座在卧室、机器扫到客厅的", "c"),
]))

# ---------------------------------------------------------------- v02 (test, technical, markdown)
ARTS.append(dict(
name="v02_springboot_duankou_beizhanyong.md",
problem=("port_in_use", "Spring Boot启动报端口被占用", ["Port 8080 was already in use", "端口被占用", "8080端口占用", "Web server failed to start"]),
text=r"""@B [码匠社区](https://www.majiang-dev.cn) · 博客 · 问答 · 专栏 · 课程 · 搜索
@B 登录 / 注册 · 创作中心 · 消息
# Spring Boot 启动报错 Port 8080 was already in use 的五种解决办法
@M 原创 · 晴天写代码 · 2024-01-09 14:22:31 发布 · 阅读量 2.3w · 收藏 318 · 点赞 96
@M 分类专栏：Spring Boot 踩坑记　文章标签：springboot java 端口占用
@B 版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。

启动项目时控制台报错，应用直接退出：

```
***************************
APPLICATION FAILED TO START
***************************

Description:

Web server failed to start. Port 8080 was already in use.

Action:

Identify and stop the process that's listening on port 8080 or configure this application to listen on another port.
```

意思很直白：8080 端口已经被别的进程占了。下面按我遇到的频率从高到低说。

## 1. 上一次启动的项目没有关掉

最常见的情况。在 IDEA 里点了 Run 之后又点了一次，或者上一次调试时直接关掉了窗口，旧进程还在后台跑。打开 IDEA 底部的 Run / Services 面板，把之前的实例全部停掉再启动。

如果面板里已经看不到了，就按第 2 节的办法查出进程号，手动结束。

## 2. 端口被其他程序占用

本机装的 Tomcat、Jenkins、Nacos 之类默认也用 8080。先查是谁占着，再结束它。

Windows 用户：

```bat
netstat -ano | findstr :8080
tasklist | findstr 12345
taskkill /PID 12345 /F
```

Linux / macOS 用户：

```bash
lsof -i :8080
kill -9 12345
```

第一条命令输出里的 PID 就是进程号，把上面的 12345 换成你查到的。注意别把数据库或者公司的代理软件顺手杀了，杀之前先用 tasklist 或 ps 看清楚是什么程序。

## 3. 直接换个端口

占着端口的是你需要的程序、不能关的话，就让自己的项目换一个端口，在 `application.yml` 里加：

```yaml
server:
  port: 8081
```

用 `application.properties` 的写 `server.port=8081` 也一样。多个微服务在同一台机器上跑的，每个服务要配不同的端口，别都用默认的 8080。

## 4. Windows 的保留端口

有时候 netstat 查不到任何进程占用 8080，照样报错。这是因为开启了 Hyper-V 或者 WSL2 之后，Windows 会保留一段随机的端口范围，8080 正好落在里面。用管理员身份打开命令行执行：

```bat
netsh interface ipv4 show excludedportrange protocol=tcp
```

看 8080 是否在列出的范围内。在的话，执行 `net stop winnat` 再 `net start winnat`，保留范围一般就会重新分配。

## 5. 改的配置没有生效

明明改了端口还是报 8080，多半是改错了文件。检查一下是不是改在了 `application-dev.yml` 里、当前激活的却是别的 profile，或者 `target` 目录里还是旧的配置。执行一次 `mvn clean` 再启动。

> 小结：先查占用，再决定是杀进程还是换端口，别上来就重启电脑。

@B 文章知识点与官方知识档案匹配，可进一步学习相关知识
@B Java技能树 › Spring Boot › 配置与启动　118625 人正在系统学习中
@B 👍 点赞 96 · 👎 踩 · ⭐ 收藏 318 · 💰 打赏 · 💬 评论 42
@B 相关推荐
@B - [IDEA 同时启动多个实例的配置方法_风过留痕的博客](https://blog.majiang-dev.cn/a/88127)
@B - [Tomcat 8005 端口冲突解决记录_小林coding日记](https://blog.majiang-dev.cn/a/90331)
@B - [Docker 容器端口映射不生效怎么办_运维老K](https://blog.majiang-dev.cn/a/91570)
@B ©️2024 码匠社区 · 关于我们 · 招贤纳士 · 商务合作 · 在线客服 · 京ICP备19045228号 · 北京码匠网络科技有限公司""",
causes=["sb_old_proc", "sb_other_prog", "sb_win_reserved", "sb_conf"],
opt_causes=[],
triples=[
 ("sb_old_proc", ["在IDEA的Run/Services面板把之前的实例全部停掉再启动", "停掉之前的实例", "关掉之前启动的项目"], "", ""),
 ("sb_old_proc", ["查出进程号手动结束", "手动结束旧进程", "结束旧进程"], "面板里已经看不到了", ""),
 ("sb_other_prog", ["查出是谁占着8080端口", "用netstat或lsof查占用端口的进程", "netstat -ano | findstr :8080"], "", "o"),
 ("sb_other_prog", ["用taskkill /PID 12345 /F结束进程", "taskkill结束占用端口的进程", "taskkill /PID 12345 /F"], "Windows 用户", ""),
 ("sb_other_prog", ["用kill -9结束进程", "kill -9 12345", "kill掉占用端口的进程"], "Linux / macOS 用户", ""),
 ("sb_other_prog", ["在application.yml里把server.port改成8081", "换一个端口", "修改server.port"], "占着端口的是你需要的程序、不能关的话", ""),
 ("sb_other_prog", ["每个服务配不同的端口", "给每个微服务配置不同端口"], "多个微服务在同一台机器上跑的", ""),
 ("sb_win_reserved", ["执行netsh interface ipv4 show excludedportrange protocol=tcp查看保留范围", "查看Windows保留端口范围"], "", "o"),
 ("sb_win_reserved", ["执行net stop winnat再net start winnat", "重启winnat服务", "net stop winnat"], "8080在保留范围内", "c"),
 ("sb_conf", ["检查是否改在了当前激活的profile对应的配置文件里", "检查当前激活的profile", "确认改对了配置文件"], "", ""),
 ("sb_conf", ["执行mvn clean再启动", "mvn clean", "清理target目录后重新启动"], "", ""),
]))

# ---------------------------------------------------------------- v03 (tune, technical)
ARTS.append(dict(
name="v03_qianduan_kuayu_cors_baocuo.txt",
problem=("cors_error", "前后端分离跨域CORS报错", ["CORS跨域错误", "blocked by CORS policy", "跨域请求被拦截", "No 'Access-Control-Allow-Origin' header"]),
text=r"""@B 码友社区 › 前端开发
@B 首页　最新　热门　节点　招聘　｜　登录　注册
前后端分离，本地开发一直报 CORS 跨域错误，后端明明加了配置
@M 阿杰不会写bug · 2024-05-06 10:31:08 +08:00 · 2863 次点击
前端 Vue3 + axios 跑在 localhost:5173，后端 Spring Boot 在 localhost:8080，线上打算用 nginx 转发。浏览器控制台一直报：
Access to XMLHttpRequest at 'http://localhost:8080/api/login' from origin 'http://localhost:5173' has been blocked by CORS policy: Response to preflight request doesn't pass access control check: No 'Access-Control-Allow-Origin' header is present on the requested resource.
后端已经在 Controller 上加了 @CrossOrigin，还是不行，求指点。
@M 7 条回复 · 2024-05-07 09:12:44 +08:00
@M 1　前端老韩　2024-05-06 10:40
报错里写的是 preflight，说明挂在预检请求上。你是不是还有个登录拦截器？OPTIONS 请求不带 token，被拦截器直接返回 401 了，浏览器就认为跨域失败。在拦截器里判断一下，请求方法是 OPTIONS 的直接放行。
@M 2　kiwi_dev　2024-05-06 10:52
axios 设置了 withCredentials: true 的话，后端的 Access-Control-Allow-Origin 不能写 *，必须写具体的 http://localhost:5173，同时还要返回 Access-Control-Allow-Credentials: true。Spring 里用 allowedOriginPatterns 代替 allowedOrigins。
@M 3　阿杰不会写bug（楼主）　2024-05-06 11:20
@前端老韩 真是拦截器的问题！OPTIONS 放行之后本地好了。但是部署到测试服务器上又报了，这次提示 The 'Access-Control-Allow-Origin' header contains multiple values。
@M 4　运维小马　2024-05-06 11:35
multiple values 就是头加了两遍：nginx 里 add_header 加了一次，Spring 里又加了一次。两边只留一个就行，建议删掉 nginx 里的 add_header，统一交给后端处理。另外改完 nginx 配置记得先 nginx -t 检查一下，再 nginx -s reload，很多人改了配置不重载，浏览器拿到的还是旧的响应头。
@M 5　阿杰不会写bug（楼主）　2024-05-06 14:02
@运维小马 我就是删完没 reload……重载之后好了，感谢！
@M 6　路过的全栈　2024-05-06 15:47
顺便说一句，开发环境其实不用折腾后端，直接在 vite.config.js 里配 server.proxy，把 /api 转发到 8080，浏览器看到的是同源请求，根本不会跨域。上线以后同理，用 nginx 反向代理把前端和接口放在同一个域名下。
@M 7　kiwi_dev　2024-05-07 09:12
还有一种坑：后端接口报 500 的时候，全局异常处理器返回的响应里没带 CORS 头，浏览器只会报跨域，真正的错误被藏起来了。所以看到跨域报错，先去后端日志里看看有没有异常。
@B 登录后参与回复　｜　添加一条新回复
@B 相关主题：Vue 项目打包后白屏 · axios 拦截器刷新 token 的写法 · nginx 反向代理 websocket 断开
@B 码友社区 — 写代码的人的社区　关于 · FAQ · API · 广告投放 · 沪ICP备21018843号-1
@B 服务器时间 2024-05-08 03:14:55 UTC · 在线 1823 人""",
causes=["cors_preflight", "cors_wildcard", "cors_dup", "no_reload", "cors_500"],
opt_causes=[],
triples=[
 ("cors_preflight", ["在拦截器里对OPTIONS请求直接放行", "OPTIONS请求直接放行", "拦截器放行预检请求"], "", ""),
 ("cors_wildcard", ["Access-Control-Allow-Origin写具体的http://localhost:5173", "Allow-Origin写具体的源不能写*", "把Allow-Origin改成具体域名"], "axios设置了withCredentials: true的话", ""),
 ("cors_wildcard", ["返回Access-Control-Allow-Credentials: true", "加上Access-Control-Allow-Credentials: true"], "axios设置了withCredentials: true的话", ""),
 ("cors_wildcard", ["用allowedOriginPatterns代替allowedOrigins", "改用allowedOriginPatterns"], "Spring 里", "c"),
 ("cors_dup", ["删掉nginx里的add_header统一交给后端处理", "两边只留一个CORS头", "删掉nginx里的add_header"], "", ""),
 ("no_reload", ["nginx -s reload重载配置", "重载nginx", "改完配置后reload"], "改完nginx配置", "c"),
 ("no_reload", ["先nginx -t检查一下配置", "nginx -t"], "改完nginx配置", "oc"),
 ("", ["在vite.config.js里配server.proxy把/api转发到8080", "配置vite开发代理", "用server.proxy转发接口"], "开发环境", ""),
 ("", ["用nginx反向代理把前端和接口放在同一个域名下", "用nginx反向代理", "前后端放同一域名"], "上线以后", ""),
 ("cors_500", ["先去后端日志里看看有没有异常", "查看后端日志", "检查后端异常日志"], "看到跨域报错", "oc"),
]))

# ---------------------------------------------------------------- v04 (test, consumer)
ARTS.append(dict(
name="v04_duorou_lan_gen.txt",
problem=("succulent_root_rot", "多肉烂根", ["多肉植物烂根", "多肉根部腐烂", "多肉叶子发黄变透明", "多肉茎干发黑"]),
text=r"""@B 小绿书　首页　发现　发布　通知　我
@M 多肉阿咩🌵　关注
🌵多肉烂根别慌！救活37盆的急救攻略（建议收藏）
@M 编辑于 2024-07-12 广东
姐妹们，入夏以来后台被问爆了：“叶子发黄变透明、一碰就掉”“茎干发黑发软”——十有八九是烂根了😭 我今年夏天救回来37盆，把经验全放这👇
🔍先判断：轻轻晃一下，根部松动、土里有酸臭味，基本就是烂根。
💧原因1️⃣：浇水太勤
多肉本身耐旱，很多新手两三天浇一次，盆土一直是湿的，根泡着就烂了。
👉改成“干透浇透”：土完全干了再一次浇透，平时手痒也忍住！
🪴原因2️⃣：土太保水、盆不透气
用纯泥炭土或者园土，再配个没孔的陶瓷盆，水根本排不出去。
👉换成颗粒土，泥炭和颗粒大概3:7；盆一定要选底部有孔的。
🌡️原因3️⃣：夏天休眠期照常浇水
气温超过30℃以后，大部分多肉进入休眠，根几乎不吸水，这时候照常浇水最容易烂。
👉夏天少浇甚至断水，实在要浇就在傍晚沿着盆边给一点点，别浇到叶心。
💨原因4️⃣：不通风
放在封闭阳台、空调房角落，盆土干得慢还闷。
👉挪到通风的地方，没条件的开个小风扇对着吹。
🚑急救步骤（已经烂了的看这里）：
1️⃣ 脱盆，把根部的土全部抖掉
2️⃣ 用消过毒的剪刀剪掉所有发黑、发软的根，剪到切口是干净的绿色或白色为止
3️⃣ 多菌灵兑水1:800，泡根10分钟
4️⃣ 放在阴凉通风处晾根，一般3～5天，切口干了再上盆
5️⃣ 上盆后一周内不要浇水
⚠️茎干都烂了的话，根就别救了，直接砍头：把上面好的部分切下来，晾干伤口后扦插。
⚠️叶子全化水的就只能放弃啦，别心疼，扔掉的时候连盆土一起换掉，别给下一盆留病菌。
有问题评论区问我，看到都会回💚
@M #多肉 #多肉养护 #多肉烂根 #新手养多肉 #绿植
@M ❤️ 8926　⭐ 5310　💬 417
@B 共 417 条评论
@B 花花不是草：砍头后多久能生根呀？
@B 多肉阿咩🌵 回复 花花不是草：一般2~3周，耐心等～
@B 小区里的猫：去年烂了十几盆才知道是盆没孔😂
@B 说点什么…　❤️　⭐　💬
@B 🔥 猜你想看：阳台种菜入门 | 龟背竹黄叶怎么办 | 发财树烂根还有救吗
@B © 2024 小绿书 · 沪ICP备22018397号-2 · 营业执照 · 网络文化经营许可证 沪网文〔2024〕1123-086号""",
causes=["dr_water", "dr_soil", "dr_summer", "dr_air"],
opt_causes=[],
triples=[
 ("dr_water", ["改成干透浇透", "土完全干了再一次浇透", "减少浇水次数"], "", ""),
 ("dr_soil", ["换成颗粒土", "泥炭和颗粒按3:7配土", "换透气的颗粒土"], "", ""),
 ("dr_soil", ["选底部有孔的盆", "换有孔的花盆", "用底部有孔的盆"], "", ""),
 ("dr_summer", ["夏天少浇甚至断水", "夏季断水", "休眠期少浇水"], "气温超过30℃以后", ""),
 ("dr_summer", ["傍晚沿着盆边给一点点水", "傍晚沿盆边少量浇水", "别浇到叶心"], "实在要浇", ""),
 ("dr_air", ["挪到通风的地方", "放到通风处"], "", ""),
 ("dr_air", ["开个小风扇对着吹", "用小风扇吹"], "没条件的", ""),
 ("", ["脱盆把根部的土全部抖掉", "脱盆"], "", "o"),
 ("", ["用消过毒的剪刀剪掉所有发黑发软的根", "剪掉烂根", "修根"], "", ""),
 ("", ["多菌灵兑水1:800泡根10分钟", "用多菌灵泡根", "多菌灵消毒"], "", ""),
 ("", ["放在阴凉通风处晾根3～5天", "晾根", "切口干了再上盆"], "", ""),
 ("", ["上盆后一周内不要浇水"], "", "o"),
 ("", ["直接砍头，把上面好的部分切下来晾干伤口后扦插", "砍头扦插", "砍头"], "茎干都烂了的话", ""),
 ("", ["扔掉并连盆土一起换掉", "放弃"], "叶子全化水的", "o"),
]))

# ---------------------------------------------------------------- v05 (tune, consumer)
ARTS.append(dict(
name="v05_weishengjian_dilou_fanchou.txt",
problem=("floor_drain_smell", "卫生间地漏反臭味", ["地漏返臭", "卫生间有下水道臭味", "地漏有臭味", "下水道反味"]),
text=r"""@B 家居百科网 - 装修知识_家居常识_生活窍门
@B 首页 | 装修报价 | 效果图 | 建材 | 家居常识 | 问答
@B 当前位置：首页 > 装修 > 卫浴 > 正文
卫生间地漏反臭味怎么办？地漏返臭的原因和解决方法
@M 来源：家居百科网　作者：小编阿宁　时间：2024-02-27　阅读：12065
@B 大家好，今天小编来为大家解答卫生间地漏反臭味怎么办这个问题，很多人还不知道，现在让我们一起来看看吧！
卫生间一到夏天就有一股下水道的臭味，尤其是刚回家开门那一下，十有八九是地漏在返臭。地漏返臭的原因主要有以下几种，大家可以对照排查。
一、存水弯里的水干了
地漏下面的存水弯是靠一段水来隔绝下水道臭气的，也就是俗称的“水封”。长时间不用的卫生间、或者天气太热，水封很快就蒸发掉了，臭气就直接上来了。
解决方法：往地漏里倒一盆水，把水封补上就行。出差或者长期不在家的，走之前可以在地漏上压一个保鲜袋装的水袋，或者倒一点食用油，油膜能减缓水分蒸发。
二、地漏芯坏了或者根本没装
很多老房子用的是最简单的直排地漏，本身没有防臭功能；用了好几年的防臭地漏，里面的翻板或磁铁也可能卡住、老化。
解决方法：直排地漏的，买一个防臭地漏芯直接塞进去就行，几十块钱，不用砸地砖。买之前量好地漏内径，常见的是50mm和75mm两种，尺寸不对塞不进去。防臭地漏翻板卡住的，拆出来冲洗干净再装回去；弹不回来了就整个换掉。
三、洗衣机排水管和地漏之间没封好
洗衣机排水管直接插在地漏里的，管子和地漏口之间留着一圈缝，水封再好，臭气也会从缝里冒出来。
解决方法：换一个带洗衣机专用接口的地漏盖，或者用玻璃胶、密封圈把管子和地漏口之间的缝隙封死。
四、下水管道返气
高层住户遇到这种情况比较多。楼上楼下集中排水的时候，主管道气压变化会把水封冲开，还能听见地漏“咕噜咕噜”响。这种情况一家处理不了，需要联系物业检查主管道的通气管是否堵塞。
五、地漏里头发污垢太多
头发、皂垢积在地漏里发酵，本身就会发臭。把地漏盖拧开，用钩子把头发勾出来，再倒入管道疏通剂。每个月清理一次，就不容易臭了。
温馨提示：千万不要把开水和84消毒液一起往地漏里倒，PVC管子会变形，还可能产生有害气体。
@B 以上就是关于卫生间地漏反臭味怎么办的全部内容，希望对大家有所帮助。
@B 声明：本站部分内容来源于网络，如有侵权请联系删除。
@B 上一篇：马桶冲水声音大怎么办
@B 下一篇：瓷砖空鼓能不能不管
@B 猜你喜欢
@B 浴室玻璃门发黄怎么清洗
@B 热水器安装在厨房好还是卫生间好
@B 淋浴房挡水条多高合适
@B 【广告】全屋定制限时特惠 免费上门量尺 400-821-6637
@B 关于我们 | 联系我们 | 网站地图 | 免责声明
@B Copyright © 2019-2024 家居百科网 版权所有 粤ICP备17062318号""",
causes=["dl_dry", "dl_core", "dl_gap", "dl_backflow", "dl_hair"],
opt_causes=[],
triples=[
 ("dl_dry", ["往地漏里倒一盆水把水封补上", "倒水补水封", "往地漏里倒水"], "", ""),
 ("dl_dry", ["在地漏上压一个保鲜袋装的水袋", "倒一点食用油", "地漏上放水袋"], "出差或者长期不在家的", "o"),
 ("dl_core", ["买一个防臭地漏芯直接塞进去", "换防臭地漏芯", "安装防臭地漏芯"], "直排地漏的", ""),
 ("dl_core", ["买之前量好地漏内径"], "", "o"),
 ("dl_core", ["把翻板拆出来冲洗干净再装回去", "拆出来冲洗干净", "清洗防臭地漏芯"], "防臭地漏翻板卡住的", ""),
 ("dl_core", ["整个换掉", "整个换掉防臭芯", "换新的地漏芯"], "弹不回来了", ""),
 ("dl_gap", ["换一个带洗衣机专用接口的地漏盖", "用玻璃胶或密封圈把缝隙封死", "密封排水管和地漏口之间的缝隙"], "", ""),
 ("dl_backflow", ["联系物业检查主管道的通气管是否堵塞", "联系物业检查通气管", "找物业"], "", ""),
 ("dl_hair", ["拧开地漏盖用钩子把头发勾出来", "清理地漏里的头发", "把头发勾出来"], "", ""),
 ("dl_hair", ["倒入管道疏通剂", "用管道疏通剂"], "", ""),
 ("dl_hair", ["每个月清理一次地漏"], "", "o"),
]))

# ---------------------------------------------------------------- v06 (test, technical, markdown)
ARTS.append(dict(
name="v06_https_zhengshu_baocuo.md",
problem=("https_cert_error", "网站提示连接不是私密连接", ["HTTPS证书报错", "SSL证书不受信任", "NET::ERR_CERT_DATE_INVALID", "此网站的安全证书有问题"]),
text=r"""@B [云栈](https://www.yunzhan-cloud.cn) 文档中心 ｜ 产品 ｜ 解决方案 ｜ 定价 ｜ 备案 ｜ 控制台
@B 文档中心 > SSL 证书服务 > 常见问题 > 证书部署
# 浏览器提示“您的连接不是私密连接”怎么办
@M 最近更新时间：2024-04-22 17:08:31
@B 本页目录：问题描述 · 问题原因 · 解决方案 · 相关文档

## 问题描述

证书部署到服务器后，用浏览器访问网站提示“您的连接不是私密连接”或“此网站的安全证书有问题”，错误代码为 `NET::ERR_CERT_DATE_INVALID`、`NET::ERR_CERT_COMMON_NAME_INVALID` 或 `NET::ERR_CERT_AUTHORITY_INVALID`。

## 问题原因

- 证书已过期：证书有效期到了没有续期，浏览器报 `ERR_CERT_DATE_INVALID`。
- 证书绑定的域名与访问的域名不一致：例如证书只签发给 `www.example.com`，用户访问的却是 `example.com`。
- 证书链不完整：服务器只部署了站点证书，没有部署中间证书，部分浏览器和安卓手机无法完成验证。
- 访问者电脑的系统时间不正确。
- 网站接入了 CDN，只在源站更换了证书，CDN 节点上仍是旧证书。

## 解决方案

1. **证书过期**：在控制台续费或重新申请证书，下载后替换服务器上的旧证书文件。免费证书有效期只有 90 天，建议开启自动续期。
2. **域名不一致**：重新申请包含所有访问域名的证书。需要同时保护主域名和 www 的，申请时把两个域名都填上；子域名较多的，可以申请通配符证书 `*.example.com`。
3. **证书链不完整**：使用 Nginx 的，`ssl_certificate` 要指向包含中间证书的 `_bundle.crt` 文件，不要只用站点证书：

```nginx
server {
    listen 443 ssl;
    server_name www.example.com;
    ssl_certificate     /etc/nginx/cert/www.example.com_bundle.crt;
    ssl_certificate_key /etc/nginx/cert/www.example.com.key;
}
```

   使用 Apache 的，需要单独配置 `SSLCertificateChainFile` 指向中间证书。修改后执行 `nginx -s reload` 或重启 Apache，配置才会生效。
4. **系统时间不正确**：只有个别访问者报错、其他人访问正常的，请访问者把电脑或手机的时间设置为自动同步网络时间。
5. **CDN 仍是旧证书**：在 CDN 控制台的“HTTPS 配置”中同样上传或选择新证书，只更新源站是不够的。

> **说明**：如果以上步骤都完成后仍然报错，可以使用控制台的“证书部署检测”工具输入域名检测，或提交工单联系技术支持。

@B ## 相关文档
@B - [免费 SSL 证书申请指南](https://docs.yunzhan-cloud.cn/ssl/apply-free)
@B - [在 Tomcat 中安装 SSL 证书](https://docs.yunzhan-cloud.cn/ssl/install-tomcat)
@B - [证书自动续期配置说明](https://docs.yunzhan-cloud.cn/ssl/auto-renew)
@B 文档是否有帮助？ 👍 有帮助　👎 没帮助　｜　反馈问题
@B 联系我们 · 售前咨询 400-615-7760 · 提交工单 · 法律声明 · 隐私政策
@B © 2014-2024 云栈科技 版权所有　浙ICP备15039241号-5　浙公网安备33010602011458号""",
causes=["cert_expired", "ssl_domain", "ssl_chain", "ssl_clock", "ssl_cdn"],
opt_causes=[],
triples=[
 ("cert_expired", ["在控制台续费或重新申请证书替换服务器上的旧证书", "续费证书并替换旧证书文件", "重新申请证书", "更换新证书"], "", ""),
 ("cert_expired", ["开启自动续期", "设置证书自动续期"], "免费证书", "oc"),
 ("ssl_domain", ["重新申请包含所有访问域名的证书", "重新申请覆盖所有域名的证书"], "", ""),
 ("ssl_domain", ["申请时把主域名和www两个域名都填上", "申请证书时同时填写主域名和www"], "需要同时保护主域名和www的", ""),
 ("ssl_domain", ["申请通配符证书*.example.com", "申请通配符证书"], "子域名较多的", ""),
 ("ssl_chain", ["ssl_certificate指向包含中间证书的_bundle.crt文件", "使用包含中间证书的bundle文件", "部署完整证书链"], "使用Nginx的", ""),
 ("ssl_chain", ["单独配置SSLCertificateChainFile指向中间证书", "配置SSLCertificateChainFile"], "使用Apache的", ""),
 ("ssl_chain", ["执行nginx -s reload或重启Apache使配置生效", "重载nginx", "重启Apache"], "修改后", "c"),
 ("ssl_clock", ["把电脑或手机的时间设置为自动同步网络时间", "同步系统时间", "校正电脑时间"], "只有个别访问者报错、其他人访问正常的", ""),
 ("ssl_cdn", ["在CDN控制台的HTTPS配置中上传或选择新证书", "在CDN上更新证书", "把新证书同步到CDN"], "", ""),
 ("", ["使用证书部署检测工具输入域名检测", "证书部署检测"], "以上步骤都完成后仍然报错", "o"),
 ("", ["提交工单联系技术支持", "提交工单", "联系技术支持"], "以上步骤都完成后仍然报错", ""),
]))

# ---------------------------------------------------------------- v07 (tune, technical, markdown)
ARTS.append(dict(
name="v07_android_studio_gradle_sync_failed.md",
problem=("gradle_sync_failed", "Android Studio Gradle同步失败", ["Gradle sync failed", "Gradle同步失败", "AS同步失败", "Gradle构建失败"]),
text=r"""@B 拾码 · 首页 · 沸点 · 课程 · 直播 · 活动 · 商城 · App
@B 🔍 探索拾码　｜　创作者中心　｜　登录
# Android Studio 一直 Gradle sync failed？先照这个清单改，原因放最后
@M 安卓小木 · 2024-02-03 · 阅读 6,842 · 约 4 分钟
@M 标签：Android　Gradle　Android Studio

新 clone 下来的项目，打开就是 `Gradle sync failed`，Build 窗口里一长串红字。我和同事这半年踩过的坑整理成了一张清单，**按顺序试，改完一项就点一次 Sync Now**。为什么会这样，放在文末。

## 解决清单

**1. 换国内镜像**

在 `settings.gradle` 里把仓库换成国内镜像：

```groovy
pluginManagement {
    repositories {
        maven { url 'https://mirror.lanyun-tech.cn/maven/google' }
        maven { url 'https://mirror.lanyun-tech.cn/maven/public' }
        gradlePluginPortal()
    }
}
```

**2. 清掉残留的代理**

打开 `C:\Users\你的用户名\.gradle\gradle.properties`（macOS 在 `~/.gradle/` 下），删掉 `systemProp.http.proxyHost`、`systemProp.https.proxyHost` 这几行。AS 有时候会自己把代理写进去，哪怕你后来关了代理软件，它也还在。

**3. 统一 JDK 版本**

`File → Settings → Build, Execution, Deployment → Build Tools → Gradle`，把 Gradle JDK 选成 17。AGP 8.0 以上必须用 JDK 17；还在用 AGP 7.x 的，选 11 就可以。

**4. 对齐 AGP 和 Gradle 版本**

`gradle/wrapper/gradle-wrapper.properties` 里的 `distributionUrl` 要跟 AGP 版本对应，比如 AGP 8.2 配 Gradle 8.2 以上。不确定的话，用 AS 自带的 `Tools → AGP Upgrade Assistant` 一键升级。

**5. 清缓存**

以上都不行，关掉 AS，删掉 `~/.gradle/caches` 目录，再打开 AS 点 `File → Invalidate Caches → Invalidate and Restart`。第一次重新下载会比较慢，耐心等。

**6. 腾点磁盘空间**

C 盘剩余空间不到 5GB 的，先清理一下；或者设置环境变量 `GRADLE_USER_HOME`，把 Gradle 目录挪到 D 盘。

**别做的事**：不要去网上随便下一个 `gradle-x.x-all.zip` 手动塞进 wrapper 目录，版本对不上只会更乱。

## 为什么会 sync 失败

说到底是这几类原因：

- **依赖下载不下来**：默认的 `google()` 和 `mavenCentral()` 在国内访问慢，经常超时，报 `Could not resolve` 或 `Read timed out`。
- **代理配置残留**：报 `Connect to 127.0.0.1:7890 failed` 的，基本就是 gradle.properties 里有旧代理。
- **JDK 版本不对**：报 `Android Gradle plugin requires Java 17 to run` 的就是这个。
- **AGP 与 Gradle 版本不匹配**：报 `Minimum supported Gradle version is 8.2`。
- **缓存损坏**：上次下载到一半被中断，jar 包不完整，报 `zip END header not found`。
- **磁盘空间不足**：Gradle 缓存动不动就好几个 G，空间不够，下载到一半就失败了。

照着报错信息对号入座，比一条条瞎试快多了。

@B 👍 点赞 152　💬 评论 23　⭐ 收藏　↗ 分享
@B 本文收录于专栏：Android 踩坑合集（订阅 2.1k）
@B 相关文章
@B · Jetpack Compose 入门：从 0 到 1 写一个列表页
@B · Kotlin 协程取消的那些坑
@B · Android 14 适配清单
@B 广告｜拾码 AI 编程助手，新用户免费试用 30 天
@B 拾码 ©2024 · 用户协议 · 隐私政策 · 京ICP备22034519号-1 · 违法和不良信息举报电话：400-910-2234""",
causes=["gd_network", "gd_proxy", "gd_jdk", "gd_agp", "gd_cache", "disk_full"],
opt_causes=[],
triples=[
 ("", ["改完一项就点一次Sync Now", "点Sync Now重新同步"], "改完一项", "oc"),
 ("gd_network", ["在settings.gradle里把仓库换成国内镜像", "换国内镜像", "配置国内Maven镜像"], "", ""),
 ("gd_proxy", ["删掉gradle.properties里的systemProp.http.proxyHost等代理配置", "删掉残留的代理配置", "清掉gradle.properties里的代理"], "", ""),
 ("gd_jdk", ["把Gradle JDK选成17", "Gradle JDK选17", "使用JDK 17"], "AGP 8.0以上", ""),
 ("gd_jdk", ["Gradle JDK选11", "选JDK 11"], "还在用AGP 7.x的", ""),
 ("gd_agp", ["修改gradle-wrapper.properties里的distributionUrl与AGP版本对应", "对齐AGP和Gradle版本", "升级Gradle版本"], "", ""),
 ("gd_agp", ["用AGP Upgrade Assistant一键升级", "使用AGP Upgrade Assistant"], "不确定的话", ""),
 ("gd_cache", ["关掉AS删掉~/.gradle/caches目录", "删除Gradle缓存目录", "删掉caches目录"], "以上都不行", ""),
 ("gd_cache", ["File → Invalidate Caches → Invalidate and Restart", "Invalidate Caches并重启", "清除AS缓存并重启"], "以上都不行", ""),
 ("disk_full", ["先清理C盘空间", "清理磁盘", "腾出磁盘空间"], "C盘剩余空间不到5GB的", ""),
 ("disk_full", ["设置环境变量GRADLE_USER_HOME把Gradle目录挪到D盘", "把Gradle目录挪到D盘", "设置GRADLE_USER_HOME"], "C盘剩余空间不到5GB的", ""),
]))

# ---------------------------------------------------------------- v08 (test, consumer)
ARTS.append(dict(
name="v08_xiehao_zhuanwang_banli_shibai.txt",
problem=("number_porting_failed", "携号转网办理失败", ["携号转网不成功", "不符合携转条件", "携号转网被拒", "转网失败"]),
text=r"""@B 星联通信 网上营业厅　｜　个人　家庭　政企　5G　服务　｜　登录
@B 当前位置：首页 > 服务支持 > 常见问题 > 携号转网
携号转网常见问题解答
@M 发布日期：2024-03-01　　浏览次数：20417
@B 字号：大 中 小　｜　打印本页　｜　关闭窗口
携号转网，是指用户在不改变手机号码的情况下，把号码从一家运营商转到另一家运营商。不少用户发送查询短信后收到“不符合携转条件”的回复，下面整理了办理失败的常见原因和处理办法。
Q1：发送“XZCX#姓名#证件号码”查询后，回复不符合携转条件，是什么原因？
A：最常见的是号码还在合约期内。办理过合约套餐、购机送费、宽带融合等业务的，合约期未满不能转出。您可以等合约到期后再办理，或者联系原运营商咨询提前解约，解约可能需要支付违约金。
Q2：我已经没有合约了，为什么还是不行？
A：请检查是否存在欠费。转出前需结清所有话费，包括当月尚未出账的费用。后付费用户可以拨打客服热线申请提前出账，缴清后24小时再发起申请。
Q3：新办的号码能转吗？
A：入网不满120天的号码暂不能办理携转，需等满120天后再申请。
Q4：号码处于停机状态可以转吗？
A：不可以。号码需处于正常使用状态：因欠费停机的，请先缴费复机；因挂失停机的，请本人携带身份证到营业厅解挂。
Q5：证件信息核验不通过怎么办？
A：短信中的姓名和证件号码必须与号码登记的实名信息完全一致。号码不是本人实名的，需由机主本人办理；身份证已经换过新证的，先到原运营商营业厅更新证件信息，再重新申请。
Q6：企业用户的号码可以转吗？
A：单位名下的号码不能通过短信自助申请，需由经办人持单位介绍信、营业执照复印件（加盖公章）到营业厅办理。
Q7：转网后原来的积分和余额怎么办？
A：积分不随号码转移，建议转出前兑换完毕；余额在转出后按原路退回，或凭身份证到营业厅领取。
Q8：以上条件都符合，还是办理失败怎么办？
A：请拨打客服热线400-828-1118，或携带身份证到就近营业厅，由工作人员查询具体原因。
@B 以上内容仅供参考，具体以营业厅实际办理为准。
@B 相关链接：携号转网业务介绍 | 资费查询 | 营业厅查询 | 在线客服
@B 扫码关注“星联通信”公众号　｜　下载星联通信App
@B 版权所有 © 星联通信有限公司　京ICP备05002711号　增值电信业务经营许可证 A2.B1-20050018""",
causes=["xz_contract", "xz_arrears", "xz_new", "xz_suspend", "xz_realname", "xz_corp"],
opt_causes=[],
triples=[
 ("xz_contract", ["等合约到期后再办理", "联系原运营商咨询提前解约", "合约到期后再办", "提前解约"], "", ""),
 ("xz_arrears", ["结清所有话费", "缴清欠费", "结清话费"], "", ""),
 ("xz_arrears", ["拨打客服热线申请提前出账", "申请提前出账"], "后付费用户", ""),
 ("xz_arrears", ["缴清后24小时再发起申请", "24小时后再申请"], "缴清后", "c"),
 ("xz_new", ["等满120天后再申请", "入网满120天再办理"], "", ""),
 ("xz_suspend", ["先缴费复机", "缴费复机"], "因欠费停机的", ""),
 ("xz_suspend", ["本人携带身份证到营业厅解挂", "到营业厅解挂", "办理解挂"], "因挂失停机的", ""),
 ("xz_realname", ["由机主本人办理", "让机主本人办理"], "号码不是本人实名的", ""),
 ("xz_realname", ["先到原运营商营业厅更新证件信息再重新申请", "更新证件信息", "到营业厅更新身份证信息"], "身份证已经换过新证的", ""),
 ("xz_corp", ["由经办人持单位介绍信和营业执照复印件到营业厅办理", "到营业厅办理", "持单位介绍信到营业厅办理"], "单位名下的号码", "c"),
 ("", ["拨打客服热线400-828-1118", "携带身份证到就近营业厅查询具体原因", "拨打客服热线", "到营业厅查询"], "以上条件都符合还是办理失败", ""),
]))
