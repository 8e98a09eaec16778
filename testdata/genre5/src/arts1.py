# Articles w01-w08 of genre5. Line markers: "@B " boilerplate, "@M " metadata (neither list),
# "@N " neither (other reasons), blank = blank, anything else = content. "⇥" is written as a tab.
# Triples: (cause, [remedy phrasings], condition, flags)  flags: "o" optional, "c" optional_condition
# Split (fixed before writing): odd numbers tune, even numbers test.
ARTS = []

# ---------------------------------------------------------------- w01 (tune, consumer)
ARTS.append(dict(
name="w01_icloud_chucun_kongjian_yiman.txt",
problem=("icloud_full", "iPhone提示iCloud储存空间已满", ["iCloud储存空间已满", "iCloud空间不足", "iCloud空间满了", "iCloud存储空间不够用"]),
text=r"""@B 问答岛 - 有问题，上问答岛 | 首页 | 会员 | 发现 | 等你来答
@B 搜索你感兴趣的内容…
@B 问答岛 > 数码 > 苹果 iPhone
iPhone 老弹“iCloud 储存空间已满”，照片也没多少，空间都去哪了？
免费的 5GB，相册才两千多张照片，每天都弹“iCloud 储存空间已满”，备份也一直失败。不太想每个月花钱升级，有没有办法清出空间？
@M 关注者 318 · 被浏览 186,042
@B 关注问题 | 写回答 | 邀请回答 | 好问题 27 | 添加评论 | 分享
@B 17 个回答 · 默认排序

@M 果核实验室
@M 数码博主 / 前苹果授权服务商技术员
@M 2,146 人赞同了该回答
先说结论：5GB 多半不是被照片占满的，而是被“云备份”这类平时看不见的东西吃掉的。先去 设置 → 顶部你的名字 → iCloud → 管理账户储存空间，看一眼占用排行，再对症下药。
下面按我在店里见得最多的顺序说。
第一是整机备份。iCloud 云备份会把整台手机的 App 数据打包传上去，换过手机的人，旧手机那份备份往往还留着，一份就是两三个 G。旧手机已经不用了的话，在“备份”里把旧设备那一份删掉。当前这台的备份也能瘦身：在备份的 App 列表里，把短视频、听歌这类缓存巨大、删了也能重新下载的 App 关掉，不让它们参与备份。
第二是照片和视频。开了“iCloud 照片”以后，原图原视频都会上传，4K 视频一分钟就三四百兆。视频多的话，先把它们导到电脑或者移动硬盘，再从 iCloud 照片里删掉。注意，删掉的照片会在“最近删除”里再躺 30 天，这期间照样占空间，想马上腾出地方就去“最近删除”里手动清空。
第三是 iCloud 云盘。很多人往云盘里扔过安装包、压缩包、录屏，自己都忘了。打开“文件”App，进 iCloud 云盘，按大小排序，把用不着的大文件删掉。
第四个最容易被忽略：家人共享。组织者开了“共享 iCloud+”的话，全家用的是同一个空间，别人备份多了，弹窗的却是你。去“家人共享”里看看谁占得最多，让他清理一下自己的备份；实在谈不拢，就退出共享，用回你自己的 5GB。
以上几样都清过还是不够用，那就老老实实升级 iCloud+，50GB 每月 6 元，其实不贵。
千万别为了让提示消失直接把 iCloud 云备份整个关掉，手机一丢，什么都找不回来。
以上。
@M 编辑于 2024-05-07 09:12 · IP 属地浙江
@B ▲ 赞同 2146 | ▼ | 💬 138 条评论 | 分享 | 收藏 | 喜欢 | 举报

@M 橙子不酸
@M 312 人赞同了该回答
补充一个：“信息”如果开了 iCloud 同步，聊天里的视频图片多的话能占一两个 G。不需要在几台设备上同步聊天记录的话，在 iCloud 设置里把“信息”关掉。关的时候会问你要不要下载到本机，一定选下载，不然记录就没了。
@M 编辑于 2024-05-09 22:40 · IP 属地广东
@B ▲ 赞同 312 | 💬 21 条评论 | 分享 | 收藏
@B 查看全部 17 个回答

@B 相关问题
@B iPhone 储存空间“系统数据”占了 30G 怎么清理？ 42 个回答
@B 换新 iPhone 怎么把旧手机数据迁移过去？ 156 个回答
@B 安卓换苹果，聊天记录怎么迁移？ 88 个回答
@B 广告 · 鲜果数码 官方授权 iPhone 以旧换新最高补贴 1200 元 查看详情 >
@B 问答岛指南 · 问答岛协议 · 隐私政策 · 应用 · 工作 · 联系我们
@B © 2024 问答岛 wendadao.example.cn · 京 ICP 证 210387 号 · 京公网安备 11010502045172 号""",
causes=["ic_backup", "ic_photos", "ic_drive", "ic_family", "ic_msg"],
opt_causes=[],
triples=[
 ("", ["去管理账户储存空间看一眼占用排行", "查看管理账户储存空间里的占用排行", "看占用排行"], "", "o"),
 ("ic_backup", ["在备份里把旧设备那一份删掉", "删掉旧设备那份备份", "删除旧手机留下的备份"], "旧手机已经不用了的话", ""),
 ("ic_backup", ["把缓存巨大的App关掉不让它们参与备份", "在备份的App列表里关掉短视频、听歌这类App", "不让缓存大的App参与备份"], "", ""),
 ("ic_photos", ["把视频导到电脑或者移动硬盘", "把视频导出到电脑或移动硬盘"], "视频多的话", ""),
 ("ic_photos", ["再从iCloud照片里删掉", "从iCloud照片里删除导出过的视频"], "视频多的话", "c"),
 ("ic_photos", ["去最近删除里手动清空", "清空最近删除"], "想马上腾出地方", ""),
 ("ic_drive", ["在文件App的iCloud云盘里按大小排序把用不着的大文件删掉", "删掉iCloud云盘里用不着的大文件", "清理iCloud云盘里的大文件"], "", ""),
 ("ic_family", ["让占得最多的家人清理一下自己的备份", "让家人清理自己的备份"], "", ""),
 ("ic_family", ["退出共享用回自己的5GB", "退出家人共享"], "实在谈不拢", ""),
 ("", ["升级iCloud+", "升级iCloud+，50GB每月6元", "购买更多iCloud空间"], "以上几样都清过还是不够用", ""),
 ("ic_msg", ["在iCloud设置里把信息关掉", "关闭信息的iCloud同步"], "不需要在几台设备上同步聊天记录的话", ""),
 ("ic_msg", ["关的时候选下载到本机", "选择下载到本机"], "关的时候", "o"),
]))

# ---------------------------------------------------------------- w02 (test, technical, markdown)
ARTS.append(dict(
name="w02_java_zhongwen_luanma.md",
problem=("java_garbled", "Java项目中文乱码", ["Java中文乱码", "Spring Boot中文乱码", "中文显示乱码", "Java编码问题"]),
text=r"""@B 园子博客 · 首页 · 新闻 · 博问 · 专区 · 闪存 · 班级
@B 老陈的技术笔记 | 首页 | 归档 | 标签 | 订阅 | 管理

# Java 项目中文乱码，按出现的位置对号入座

@M 发表于 2024-01-09 22:16 · 阅读 8,317 · 评论 23 · 推荐 56

乱码不是一个问题，而是一类问题。排查的关键是看乱码出现在哪一层、长什么样，然后对号入座。

## 先认一认乱码的样子

- `ä¸­æ–‡` 这种：UTF-8 的字节被当成 ISO-8859-1 解读了；
- `涓枃` 这种：UTF-8 的字节被当成 GBK 解读了；
- `???` 这种：字符在写入时就已经丢了，救不回来。

## 1. IDEA 控制台乱码

如果 IDEA 控制台里打印的中文是乱码，一般是因为 Windows 下 JVM 的默认编码是 GBK，需要在 Run Configuration 的 VM options 里加上 `-Dfile.encoding=UTF-8`。

如果用的是 JDK 18 及以上，默认编码已经是 UTF-8 了，这时乱码往往是因为控制台本身按 GBK 显示，需要加的是 `-Dstdout.encoding=UTF-8`。

## 2. 接口返回的中文乱码

如果浏览器或 Postman 里看到接口返回的中文是乱码，多半是因为响应头里没有声明 charset，需要在 `@GetMapping` 的 `produces` 里写上 `application/json;charset=UTF-8`，或者在 `application.yml` 里打开强制编码：

```yaml
server:
  servlet:
    encoding:
      charset: UTF-8
      force: true
```

## 3. 数据库里存的是 ???

如果数据库里存进去的就是 `???`，是因为库、表或字段的字符集是 `latin1`，需要统一改成 `utf8mb4`：

```sql
ALTER DATABASE shop CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;
ALTER TABLE t_order CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;
```

改之前已经变成 `???` 的数据是找不回来的，只能从源头重新导入。

如果表已经是 `utf8mb4`、查出来还是乱码，是因为 JDBC 连接没有指定编码，需要在连接串后面加上 `useUnicode=true&characterEncoding=UTF-8`。

## 4. 读文件乱码

如果读的是 Windows 记事本另存的 txt 或者 Excel 导出的 csv，文件本身往往就是 GBK 编码，需要在读取时显式指定编码：

```java
List<String> lines = Files.readAllLines(path, Charset.forName("GBK"));
```

千万不要用 `new String(bytes)` 这种不带编码的写法，它用的是平台默认编码，换一台机器结果就变了。

## 5. 本地好好的，部署到 Linux 才乱码

如果 IDEA 里运行正常，`java -jar` 部署到 Linux 服务器以后才乱码，是因为服务器的 locale 不是 UTF-8，需要在启动命令里加 `-Dfile.encoding=UTF-8`，或者在 systemd 服务文件里加一行 `Environment=LANG=zh_CN.UTF-8`。

## 6. 编译时报“编码 GBK 的不可映射字符”

如果 `mvn package` 时报 `编码 GBK 的不可映射字符`，是因为源码文件是 UTF-8，而编译器按 GBK 去读，需要在 `pom.xml` 的 `<properties>` 里加上：

```xml
<project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
```

## 小结

一句话：全链路统一 UTF-8，凡是能显式指定编码的地方都显式指定，别依赖默认值。

@M 标签: Java, 编码, Spring Boot
@B 好文要顶 | 关注我 | 收藏该文 | 微信分享
@B « 上一篇： Maven 依赖冲突排查三板斧
@B » 下一篇： MyBatis 批量插入的三种写法对比
@B posted @ 2024-01-09 22:16 老陈的技术笔记 阅读(8317) 评论(23) 编辑 收藏 举报
@B 刷新评论 | 刷新页面 | 返回顶部
@B 登录后才能查看或发表评论，立即 登录 或者 逛逛 园子博客首页
@B 【推荐】云服务器新人专享 2核4G 首年 99 元
@B Copyright © 2024 老陈的技术笔记 | Powered by .NET 8.0 | 园子博客 yuanzi-blog.example.cn 沪ICP备09004260号""",
causes=["jv_jvm", "jv_console", "jv_header", "jv_latin1", "jv_jdbc", "jv_file", "jv_locale", "jv_maven"],
opt_causes=[],
triples=[
 ("jv_jvm", ["在VM options里加上-Dfile.encoding=UTF-8", "VM options加-Dfile.encoding=UTF-8", "设置-Dfile.encoding=UTF-8"], "IDEA控制台里打印的中文是乱码", "c"),
 ("jv_console", ["加-Dstdout.encoding=UTF-8", "VM options里加-Dstdout.encoding=UTF-8"], "用的是JDK 18及以上", ""),
 ("jv_header", ["在@GetMapping的produces里写上application/json;charset=UTF-8", "produces里声明charset=UTF-8", "在application.yml里打开强制编码"], "浏览器或Postman里看到接口返回的中文是乱码", "c"),
 ("jv_header", ["在application.yml里打开强制编码", "server.servlet.encoding.force设为true"], "", "o"),
 ("jv_latin1", ["把库、表、字段的字符集统一改成utf8mb4", "统一改成utf8mb4", "ALTER TABLE CONVERT TO CHARACTER SET utf8mb4"], "数据库里存进去的就是???", "c"),
 ("jv_latin1", ["从源头重新导入", "重新导入数据"], "改之前已经变成???的数据", ""),
 ("jv_jdbc", ["在连接串后面加上useUnicode=true&characterEncoding=UTF-8", "JDBC URL加characterEncoding=UTF-8", "连接串指定编码"], "表已经是utf8mb4、查出来还是乱码", ""),
 ("jv_file", ["读取时显式指定编码", "读取时显式指定GBK编码", "Files.readAllLines(path, Charset.forName(\"GBK\"))"], "读的是Windows记事本另存的txt或者Excel导出的csv", ""),
 ("jv_locale", ["在启动命令里加-Dfile.encoding=UTF-8", "启动命令加-Dfile.encoding=UTF-8", "在systemd服务文件里加Environment=LANG=zh_CN.UTF-8"], "IDEA里运行正常、java -jar部署到Linux服务器以后才乱码", "c"),
 ("jv_locale", ["在systemd服务文件里加一行Environment=LANG=zh_CN.UTF-8", "设置LANG=zh_CN.UTF-8"], "", "o"),
 ("jv_maven", ["在pom.xml的properties里加上project.build.sourceEncoding为UTF-8", "pom.xml里设置project.build.sourceEncoding", "配置sourceEncoding为UTF-8"], "mvn package时报编码GBK的不可映射字符", "c"),
 ("", ["全链路统一UTF-8", "凡是能显式指定编码的地方都显式指定"], "", "o"),
]))

# ---------------------------------------------------------------- w03 (tune, technical, markdown)
ARTS.append(dict(
name="w03_docker_jingxiang_laqu_shibai.md",
problem=("docker_pull_fail", "docker pull拉取镜像失败", ["Docker镜像拉取失败", "docker pull超时", "拉不下Docker镜像", "docker pull报错"]),
text=r"""@B [码仓 CodeFarm](https://codefarm.example.cn) · 探索 · 组织 · 代码片段 · 帮助
@B openlab-tools / dev-env-scripts
@B 代码 | Issues 37 | 合并请求 5 | 流水线 | Wiki | 统计
@B 打开的 Issues > #412

# docker pull 一直失败：`Client.Timeout exceeded while awaiting headers`

@M **#412** · lin-xiaoyu 于 2024-06-14 09:41 创建 · 7 条评论 · 标签：`question` `环境`

## 环境

- 系统：Ubuntu 22.04（公司内网服务器）
- Docker：24.0.7
- 镜像加速：配过，地址是去年从网上找的

## 复现步骤

1. 克隆仓库后执行 `./scripts/setup.sh`
2. 脚本第一步是 `docker pull postgres:15-alpine`
3. 卡一分钟左右报错

## 报错

```
Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)
```

## 期望

能正常拉下镜像，把开发环境跑起来。

@M **zhou-mu**（维护者）评论于 2024-06-14 10:05
这个不是脚本的问题，是 daemon 连不上 Docker Hub。你 `daemon.json` 里那个加速地址去年就停止服务了，docker 先试加速地址、失败后回落到直连 `registry-1.docker.io`，内网直连又不通，所以超时。
先 `docker info` 看一下 `Registry Mirrors` 里是什么，然后把 `/etc/docker/daemon.json` 里的地址换成现在还能用的加速地址：
```json
{
  "registry-mirrors": ["https://hub-mirror.example-cloud.cn"]
}
```
公司有自己的 Harbor 的话，直接把 `registry-mirrors` 指向内网 Harbor 的代理缓存项目，最稳。
改完要 `sudo systemctl daemon-reload && sudo systemctl restart docker`，不重启不生效。

@M **lin-xiaoyu** 评论于 2024-06-14 10:31
换了地址也重启了，还是超时。补充一下：这台机器上网要走公司代理，我 `~/.bashrc` 里配了 `HTTP_PROXY`，`curl` 外网是通的。另外不加 `sudo` 的话直接报：
```
permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock
```

@M **wang-tiedan** 评论于 2024-06-14 11:02
`docker pull` 是 daemon 去拉的，daemon 是 systemd 起的服务，根本不读你 shell 里的 `HTTP_PROXY`。要让 daemon 走代理，得给 docker 服务单独配：
```bash
sudo mkdir -p /etc/systemd/system/docker.service.d
sudo tee /etc/systemd/system/docker.service.d/http-proxy.conf <<'EOF'
[Service]
Environment="HTTP_PROXY=http://10.20.0.8:3128"
Environment="HTTPS_PROXY=http://10.20.0.8:3128"
Environment="NO_PROXY=localhost,127.0.0.1,hub-mirror.example-cloud.cn"
EOF
```
然后同样 `daemon-reload` 再重启 docker。反过来，如果这个文件里写的是早就不用的代理地址（比如以前本机的 `127.0.0.1:7890`），也会一直超时，把这个文件删掉就好。

@M **zhou-mu**（维护者）评论于 2024-06-14 11:10
permission denied 那个是当前用户不在 `docker` 组里，不是拉镜像本身的问题。`sudo usermod -aG docker $USER`，退出重新登录后生效。不要图省事去 `chmod 666 /var/run/docker.sock`，重启就没了，还等于把 root 权限送给所有人。

@M **lin-xiaoyu** 评论于 2024-06-14 14:26
配了 daemon 的代理以后 postgres 能拉了 🎉 但是脚本第二步拉我们自己的基础镜像又报：
```
Error response from daemon: Head "https://registry.openlab.example/v2/base/node/manifests/18": unauthorized: authentication required
```

@M **zhou-mu**（维护者）评论于 2024-06-14 14:40
那是私有仓库，要先 `docker login registry.openlab.example`，用你的 LDAP 账号。另外提醒一下用 M1/M2 Mac 的同事：我们的基础镜像只有 amd64，在 Mac 上会报 `no matching manifest for linux/arm64/v8`，拉的时候加 `--platform linux/amd64`。

@M **lin-xiaoyu** 评论于 2024-06-14 15:02
全部搞定，总结一下给后来的人：
1. 加速地址失效 → 换成能用的；
2. daemon 不读 shell 的代理 → 在 `docker.service.d` 里单独配；
3. 私有仓库 → 先 `docker login`。
谢谢两位，关闭了。

@M lin-xiaoyu 关闭了此 Issue · 2024-06-14 15:03
@B 写评论 | 预览 — 支持 Markdown，可粘贴或拖拽上传图片
@B 评论 | 关闭 Issue
@B 负责人：zhou-mu · 里程碑：无 · 关联合并请求：无 · 参与者 3
@B © 2024 码仓 CodeFarm · 服务条款 · 隐私 · 状态 · 帮助文档 · 粤ICP备19087712号-2""",
causes=["dk_mirror", "proxy_bad", "no_perm", "dk_auth", "dk_arch"],
opt_causes=[],
triples=[
 ("", ["docker info看一下Registry Mirrors", "用docker info查看Registry Mirrors"], "", "o"),
 ("dk_mirror", ["把daemon.json里的地址换成现在还能用的加速地址", "换成能用的镜像加速地址", "更换镜像加速地址"], "", ""),
 ("dk_mirror", ["指向内网Harbor的代理缓存项目", "改用内网Harbor做代理缓存"], "公司有自己的Harbor的话", ""),
 ("dk_mirror", ["sudo systemctl daemon-reload && sudo systemctl restart docker", "重启docker服务", "daemon-reload后重启docker"], "改完", "c"),
 ("proxy_bad", ["给docker服务单独配代理", "在docker.service.d里写http-proxy.conf配置HTTP_PROXY和HTTPS_PROXY", "让daemon走代理"], "", ""),
 ("proxy_bad", ["同样daemon-reload再重启docker", "重启docker"], "", "o"),
 ("proxy_bad", ["把这个文件删掉", "删掉这个写着旧代理的文件", "删除失效的代理配置文件"], "这个文件里写的是早就不用的代理地址", ""),
 ("no_perm", ["sudo usermod -aG docker $USER", "把当前用户加到docker组", "将用户加入docker组"], "", ""),
 ("no_perm", ["退出重新登录", "重新登录"], "", "o"),
 ("dk_auth", ["先docker login registry.openlab.example", "用LDAP账号docker login私有仓库", "先登录私有仓库"], "", ""),
 ("dk_arch", ["拉的时候加--platform linux/amd64", "加--platform linux/amd64参数拉取"], "用M1/M2 Mac的", "c"),
]))

# ---------------------------------------------------------------- w04 (test, consumer)
ARTS.append(dict(
name="w04_shouji_fatang.txt",
problem=("phone_hot", "手机发烫", ["手机发热", "手机烫手", "手机玩游戏发烫", "手机充电发烫"]),
text=r"""@B 豆芽视频 | 首页 | 推荐 | 关注 | 直播 | 知识 | 游戏 | 数码 | 登录
@B 搜索你感兴趣的视频
手机一玩就烫得能煎蛋？3个原因+对应解决，最后一个90%的人不知道 #手机发烫 #数码小技巧 #手机冷知识
@M 数码阿飞 · 粉丝 86.4万 · 2024-07-12 发布
@M 播放 238.6万 · 点赞 5.1万 · 评论 3,287 · 收藏 2.4万
@B 关注 | 点赞 | 评论 | 收藏 | 分享
@B 视频文案（由 AI 根据语音自动生成，仅供参考）
你的手机是不是一打游戏就烫手，充电的时候更烫？先别急着换手机，今天一条视频给你讲明白。
第一个原因，边充电边玩。充电本身就发热，你再开个大型游戏，两个热源叠在一起，机身能到四十五度以上。所以充电的时候就老老实实放着，真要用的话，把游戏关了，刷刷消息就行。
第二个，后台应用太多。很多 App 退到后台还在偷偷定位、偷偷刷新，CPU 一刻都不闲着。进设置，点电池，看看耗电排行，把排在前面又不常用的 App 后台活动关掉，定位权限改成“仅使用期间”。
第三个，就是百分之九十的人都不知道的——手机壳！那种加厚防摔壳、翻盖皮套，等于大夏天给手机穿了件棉袄，热根本散不出去。打游戏的时候把壳摘了，温度能降好几度。
还有两个补充。一个是系统刚升级完的头两三天，手机在后台重建索引、整理照片，发热是正常的，等几天自己就好了，不用管它。
另一个是电池。电池用了两年以上、续航明显变差的，说明电池已经老化，内阻变大，充电发热会更严重，这种就去官方售后换块电池。
最后说个千万别做的：千万别把手机放冰箱里降温！冷热一交替，里面会凝水，直接把主板搞坏。冰袋敷也不行。
实在烫得厉害，温度超过五十度手机弹出温度提示的，先关机，放到阴凉通风的地方，等凉下来再开机。
@B 关注我，下期教你怎么看电池健康度。
@B 全部评论（3287）
@B 小橘子要努力：学到了，我就是一直套着皮套打游戏
@B 数码阿飞（作者）：@小橘子要努力 快摘了试试
@B 不吃香菜的猫：冰箱那个真有人干过，我室友
@B 展开更多评论
@B 相关推荐
@B 手机充电慢是充电器的问题吗？一招教你判断 89.3万播放
@B 这5个手机设置赶紧关掉，省电又流畅 156万播放
@B 打开豆芽视频App，看更多精彩视频
@B © 2024 豆芽视频 douya-video.example.cn | 京ICP备21044712号-5 | 网络文化经营许可证 京网文〔2024〕1188-062号""",
causes=["ph_charge", "ph_bg", "ph_case", "ph_update", "bat_aging"],
opt_causes=[],
triples=[
 ("ph_charge", ["充电的时候老老实实放着", "充电时放着不用", "充电时不玩手机"], "", ""),
 ("ph_charge", ["把游戏关了刷刷消息就行", "只刷刷消息不玩游戏", "把游戏关了"], "真要用的话", ""),
 ("ph_bg", ["看看耗电排行", "进设置点电池看耗电排行"], "", "o"),
 ("ph_bg", ["把排在前面又不常用的App后台活动关掉", "关掉不常用App的后台活动", "关闭后台活动"], "", ""),
 ("ph_bg", ["定位权限改成仅使用期间", "把定位权限改成仅使用期间"], "", ""),
 ("ph_case", ["打游戏的时候把壳摘了", "把手机壳摘了", "摘掉手机壳"], "打游戏的时候", ""),
 ("ph_update", ["等几天自己就好了", "等几天", "不用管它"], "系统刚升级完的头两三天", "c"),
 ("bat_aging", ["去官方售后换块电池", "去官方售后换电池", "更换电池"], "电池用了两年以上、续航明显变差的", ""),
 ("", ["先关机放到阴凉通风的地方", "关机放到阴凉通风处", "先关机"], "温度超过五十度手机弹出温度提示的", ""),
 ("", ["等凉下来再开机", "凉下来再开机"], "", "o"),
]))

# ---------------------------------------------------------------- w05 (tune, consumer)
ARTS.append(dict(
name="w05_gundong_xiyiji_bu_tuoshui.txt",
problem=("washer_no_spin", "滚筒洗衣机不脱水", ["洗衣机不脱水", "洗衣机脱水转几圈就停", "洗衣机甩不干", "滚筒洗衣机脱水不转"]),
text=r"""@B 圈吧 | 首页 | 进吧 | 热议 | 会员 | 客户端下载
@B 家电维修吧 | 关注 92.3万 | 帖子 417万 | 签到
@B 看帖 | 图片 | 精品 | 视频 | 游戏
@B 只看楼主 | 收藏 | 回复
【求助】滚筒洗衣机洗完不脱水，衣服拎出来全是水
@M 小马过冬冬 | 楼主 | 1楼 | 2024-11-02 21:14 | 来自Android客户端
用了五年的10公斤滚筒，这两天洗完直接结束，衣服湿哒哒地往下滴水。单独选脱水程序，转几圈就停，显示屏也没报错码。牌子就不说了，求吧友们指点一下，不想刚过保就换新的。
@B 回复(14) | 收起回复
@M 飞翔的胖头鱼 | 2楼 | 2024-11-02 21:20
先看看是不是衣服太少，或者就洗了一条牛仔裤、一床被子这种。滚筒检测到偏心不平衡就不敢高速甩，转几圈就停。多放几件衣服抖散了再脱。
@M 家电维修师傅老孙 | 3楼 | 2024-11-02 21:33
不脱水十有八九是排水不畅，水没排干它是不会甩的。机器右下角有个小门，打开拧开排水泵过滤器，里面一般都是硬币、发卡、纸巾团。拧之前下面垫块毛巾、拿个盆接着，会流出不少水。
@M 一只咸鱼丶 | 4楼 | 2024-11-02 21:41
还要看看排水管是不是被压扁或者折了，洗衣机推进柜子里最容易压到管子。往外拉一点，把管子理顺。
@M 小马过冬冬 | 楼主 | 5楼 | 2024-11-02 22:08
刚拧开过滤器看了，掏出来两个硬币一个发圈，还有一大团毛絮，接了小半盆水。再试脱水能转起来了，但转速还是上不去，一会儿就停。
@M 飞翔的胖头鱼 | 6楼 | 2024-11-02 22:15
五年的机器，看看四个脚是不是都着地。有一个悬空它也会一直判断不平衡。拿手机水平仪App放在机器顶上量一下，拧底脚调平，调完把锁紧螺母拧紧。
@M 吃瓜不吐瓜皮 | 7楼 | 2024-11-02 22:30
运输螺栓拆了没？后面四个大螺栓没拆的话，一脱水就跳，跳几下就不甩了。拿扳手拧下来就行。
@M 小马过冬冬 | 楼主 | 8楼 | 2024-11-02 22:34
@吃瓜不吐瓜皮 买来师傅就拆了，用了五年了，不是这个。
@M 洗衣液批发 | 9楼 | 2024-11-02 23:02
@B 专业家电清洗上门，滚筒波轮都能洗，59元起，私信详聊
@M 橘猫胖十斤 | 10楼 | 2024-11-03 08:12
还有一种别忽略：脱水转速是不是被设成了“免脱水”或者400转。羊毛、真丝程序默认转速就很低，有的机器还会记住上次的设置。在程序设置里把转速调回800转以上；用过羊毛或真丝程序的，记得切回标准程序。
@M 小马过冬冬 | 楼主 | 11楼 | 2024-11-03 10:26
结贴！按6楼说的拿水平仪一量，右前脚果然悬空了快半厘米，拧下来调平以后，加上昨晚清了过滤器，现在脱水正常了，1200转嗡嗡的。谢谢各位吧友！
@M 路过的修理工 | 12楼 | 2024-11-03 11:40
给后来搜到这帖的补一句：以上都试了还不行的，多半是电机碳刷磨损或者电脑板坏了，直接报修吧，别自己拆电脑板，带电的。
@M 吐槽一下 | 13楼 | 2024-11-03 12:05
这种牌子就这样，五年就出毛病，下次买个好点的。
@B 回复 | 发表回复 | 发表
@B 吧内热帖：洗衣机E21故障码怎么处理 | 波轮洗衣机噪音大 | 冰箱冷藏室结冰
@B 广告 | 家电清洗服务 上门清洗洗衣机 69元起 立即预约
@B ©2024 圈吧 quanba.example.com | 吧主制度 | 圈吧协议 | 隐私政策 | 京ICP备19012345号""",
causes=["xy_load", "xy_pump", "xy_hose", "xy_level", "xy_bolt", "xy_speed", "xy_motor"],
opt_causes=[],
triples=[
 ("xy_load", ["多放几件衣服抖散了再脱", "多放几件衣服抖散后再脱水", "多放几件衣服一起脱水"], "", ""),
 ("xy_pump", ["打开小门拧开排水泵过滤器清理", "清理排水泵过滤器里的硬币、发卡、纸巾团", "拧开排水泵过滤器", "清理排水泵过滤器"], "", ""),
 ("xy_pump", ["下面垫块毛巾、拿个盆接着", "垫毛巾拿盆接水"], "拧之前", "o"),
 ("xy_hose", ["往外拉一点把管子理顺", "把排水管理顺", "把洗衣机往外拉一点"], "", ""),
 ("xy_level", ["拿手机水平仪App量一下", "用水平仪量一下"], "", "o"),
 ("xy_level", ["拧底脚调平", "调平洗衣机底脚", "把洗衣机调平"], "", ""),
 ("xy_level", ["调完把锁紧螺母拧紧", "拧紧锁紧螺母"], "调完", "o"),
 ("xy_bolt", ["拿扳手拧下来", "拆掉运输螺栓", "拿扳手把后面四个运输螺栓拧下来"], "没拆的话", "c"),
 ("xy_speed", ["在程序设置里把转速调回800转以上", "把脱水转速调回800转以上", "调高脱水转速"], "", ""),
 ("xy_speed", ["切回标准程序", "切换回标准程序"], "用过羊毛或真丝程序的", ""),
 ("xy_motor", ["直接报修", "报修"], "以上都试了还不行的", ""),
]))

# ---------------------------------------------------------------- w06 (test, technical, markdown)
ARTS.append(dict(
name="w06_jupyter_neihe_lianbushang.md",
problem=("jupyter_kernel", "Jupyter Notebook内核连不上或Kernel died", ["Jupyter内核连接失败", "Kernel died", "Jupyter一直正在连接内核", "Jupyter内核挂掉"]),
text=r"""@B 智能感知实验室 Wiki
@B 首页 · 新人入门 · 服务器使用 · 常见问题 · 组会记录 · 资源下载
@B 常见问题 / 开发环境 / Jupyter

# Jupyter Notebook 内核连不上 / Kernel died 排查清单

@M 最后更新：2024-10-08 · 维护：陈同学（研二） · 浏览 642

> 实验室服务器和个人电脑都适用。按下面的顺序逐项对照，大部分情况五分钟内能解决。

## 常见原因和处理

- **内存不够，内核被系统杀掉**
  - 现象：跑到读大文件或者训练的那一格，突然弹出 “The kernel appears to have died. It will restart automatically.”
  - 处理：
    - 先用 `free -h`（Windows 看任务管理器）确认一下内存是不是见底了；
    - 数据分块读，比如 `pd.read_csv(path, chunksize=100000)`；
    - 用完的大变量 `del` 掉，再 `gc.collect()`；
    - 服务器上多人共用的，用 `htop` 看看是不是别人把内存占满了，和对方协调错开时间。
- **开着代理软件，浏览器连不上本地内核**
  - 现象：页面一直显示“正在连接内核”，右上角是个灰圈，终端里却没有任何报错。
  - 原因：系统代理开在全局模式，把 `localhost`、`127.0.0.1` 的 WebSocket 连接也转发出去了。
  - 处理：
    - 在代理软件里把 `localhost`、`127.0.0.1` 加进绕过列表；
    - 或者干脆把全局模式切回规则模式。
- **内核对应的虚拟环境被删了或者挪了位置**
  - 现象：启动时报 `No such kernel named xxx`，或者 `FileNotFoundError`。
  - 处理：
    - `jupyter kernelspec list` 看看每个内核指向哪里；
    - 删掉失效的内核：`jupyter kernelspec remove 旧名字`；
    - 在新环境里重新注册：`python -m ipykernel install --user --name 新名字`。
- **ipykernel 和 jupyter 版本不兼容**
  - 常见于 `pip install` 别的包时顺手把 `tornado`、`pyzmq` 升级了。
  - 处理：
    - conda 环境：`conda install ipykernel=6 notebook=6`；
    - pip 环境：`pip install -U ipykernel jupyter_client`；
    - 还不行的话，新建一个干净的环境，只装 `ipykernel`，再把依赖一个个装回去。
- **端口或运行目录的问题**
  - 8888 被占用时 Jupyter 会自动换成 8889，浏览器里还开着旧的 8888 标签页就会一直连不上，用终端新打印出来的链接打开。
  - 运行目录 `~/.local/share/jupyter/runtime` 所在的磁盘满了或者没有写权限，连接文件写不进去，内核起不来：
    - 清理一下磁盘空间；
    - 或者 `export JUPYTER_RUNTIME_DIR=/tmp/jupyter-$USER` 换个目录。

## 都对不上？

把终端里完整的报错复制出来（不要截图），连同 `jupyter --version` 的输出一起发到实验室群里，@ 当周值班的同学。

@B 页面历史 · 编辑此页 · 讨论（3）
@B 最近更新：服务器 GPU 排队规则（2024-10-02） · 新人账号申请流程（2024-09-18）
@B © 2024 智能感知实验室 · 仅限校内访问 · Powered by Wiki""",
causes=["mem_low", "proxy_bad", "jp_env", "jp_version", "jp_oldtab", "jp_runtime"],
opt_causes=[],
triples=[
 ("mem_low", ["先用free -h确认一下内存是不是见底了", "用free -h看内存"], "", "o"),
 ("mem_low", ["数据分块读", "pd.read_csv(path, chunksize=100000)分块读取", "分块读取数据"], "", ""),
 ("mem_low", ["用完的大变量del掉再gc.collect()", "del掉用完的大变量", "释放大变量"], "", ""),
 ("mem_low", ["用htop看看是不是别人把内存占满了", "用htop查看"], "服务器上多人共用的", "o"),
 ("mem_low", ["和对方协调错开时间", "和占满内存的人协调错开时间", "协调错开使用时间"], "服务器上多人共用的", ""),
 ("proxy_bad", ["在代理软件里把localhost、127.0.0.1加进绕过列表", "把localhost加入代理绕过列表", "把全局模式切回规则模式"], "", ""),
 ("proxy_bad", ["把全局模式切回规则模式", "代理切回规则模式"], "", "o"),
 ("jp_env", ["jupyter kernelspec list看看每个内核指向哪里", "jupyter kernelspec list"], "", "o"),
 ("jp_env", ["删掉失效的内核", "jupyter kernelspec remove 旧名字", "删除失效的kernelspec"], "", ""),
 ("jp_env", ["在新环境里重新注册", "python -m ipykernel install --user --name 新名字", "在新环境里重新注册内核"], "", ""),
 ("jp_version", ["conda install ipykernel=6 notebook=6", "用conda重装ipykernel和notebook"], "conda环境", ""),
 ("jp_version", ["pip install -U ipykernel jupyter_client", "用pip升级ipykernel和jupyter_client"], "pip环境", ""),
 ("jp_version", ["新建一个干净的环境只装ipykernel再把依赖一个个装回去", "新建一个干净的环境", "重建环境"], "还不行的话", ""),
 ("jp_oldtab", ["用终端新打印出来的链接打开", "用终端里新的链接打开", "打开新端口的链接"], "", ""),
 ("jp_runtime", ["清理一下磁盘空间", "清理磁盘空间", "用JUPYTER_RUNTIME_DIR换个目录"], "", ""),
 ("jp_runtime", ["export JUPYTER_RUNTIME_DIR=/tmp/jupyter-$USER换个目录", "换个运行目录"], "", "o"),
 ("", ["把完整的报错连同jupyter --version的输出发到实验室群里", "把完整的报错发到群里", "@当周值班的同学"], "都对不上", ""),
]))

# ---------------------------------------------------------------- w07 (tune, technical)
ARTS.append(dict(
name="w07_kafka_xiaofei_jiya.txt",
problem=("kafka_lag", "Kafka消费积压", ["Kafka消费延迟", "Kafka lag过高", "Kafka消息堆积", "消费者积压"]),
text=r"""@B 后端架构笔记
@B 点击上方蓝字「后端架构笔记」关注我们，设为星标，技术干货第一时间送达
一次 Kafka 消费积压 200 万条的排查复盘
@M 原创 码农老K 后端架构笔记 2024-08-21 09:30 上海
@M 收录于合集 #Kafka实战 12 个

一、问题现象
周三上午 10 点，订单中心的告警群开始刷屏：order-events 这个 topic 的消费 lag 从平时的几百涨到了 200 多万，下游积分、短信全部延迟，客服那边陆续接到“下单半小时了还没收到短信”的投诉。

二、排查过程
1. 先看消费者组。kafka-consumer-groups.sh --describe 一看，12 个分区只有 4 个消费者实例在消费，而且每隔几分钟整个组就 rebalance 一次，rebalance 期间所有分区都停止消费。
2. 再看消费者日志，反复出现这一句：
consumer poll timeout has expired. This means the time between subsequent calls to poll() was longer than the configured max.poll.interval.ms
3. 看链路监控，单条消息的平均处理时间从 20ms 涨到了 900ms，慢在调用积分服务的 HTTP 接口上——积分服务当天上午在做数据迁移。
4. 最后看 JVM 监控，其中一个实例老年代一直是满的，Full GC 一次 3 秒多。

三、根本原因
四件事叠在了一起：
（1）下游积分接口变慢，单条消息处理时间变长。
（2）一次 poll 拉 500 条，500 × 900ms 远远超过 max.poll.interval.ms 默认的 5 分钟，消费者被踢出组，触发 rebalance；rebalance 期间谁都不消费，越 rebalance 越积压。
（3）消费者实例太少，12 个分区只有 4 个实例，平时余量就不大。
（4）其中一个实例堆内存只给了 512M，大促期间消息体变大，频繁 Full GC，处理能力进一步打折。

四、解决办法
当时的止血措施和后续改进如下：
1. 调小 max.poll.records，从 500 改成 50，保证一批消息能在 max.poll.interval.ms 内处理完；同时把 max.poll.interval.ms 从 5 分钟调到 10 分钟。
2. 把消费者实例从 4 个扩到 12 个，和分区数一致。注意，实例数超过分区数是没用的，多出来的实例只会闲着。如果 12 个分区也扛不住，就先给 topic 加分区，再扩实例。
3. 把那个实例的堆内存从 512M 调到 2G，-Xms 和 -Xmx 设成一样，避免堆反复伸缩。
4. 调用积分服务的逻辑改成异步：消息先写本地表，再由线程池慢慢推。积分服务响应超过 200ms 时自动降级，先跳过积分、事后补发。
上线后 40 分钟，lag 归零。之后我们在 lag 超过 1 万时加了告警，再也没有等到用户投诉才发现。
最后提醒一句：积压的时候千万别急着重置 offset 跳过消息，订单类消息丢了是要出资损事故的。

@B 往期推荐
@B Redis 大 key 删除导致主从切换的一次故障
@B 聊聊 RocketMQ 和 Kafka 的选型
@B 面试官：Kafka 为什么这么快？
@B 👆 长按识别二维码，关注「后端架构笔记」
@B 阅读原文
@M 阅读 3,482
@B 赞 41 | 分享 | 推荐 17 | 写留言
@B 留言区
@B 泡面加蛋：第 2 点说到心坎里了，之前以为加实例就能解决，结果多出来的都在摸鱼
@B 作者 回复：哈哈，分区数才是并行度上限
@B 小周不加班：降级那个思路好，收藏了""",
causes=["kf_slow", "kf_rebalance", "kf_few", "mem_low"],
opt_causes=[],
triples=[
 ("kf_rebalance", ["调小max.poll.records，从500改成50", "调小max.poll.records", "max.poll.records改成50"], "", ""),
 ("kf_rebalance", ["把max.poll.interval.ms从5分钟调到10分钟", "调大max.poll.interval.ms", "max.poll.interval.ms调到10分钟"], "", ""),
 ("kf_few", ["把消费者实例从4个扩到12个，和分区数一致", "扩容消费者实例到与分区数一致", "增加消费者实例"], "", ""),
 ("kf_few", ["先给topic加分区", "增加topic分区数", "加分区"], "12个分区也扛不住", ""),
 ("mem_low", ["把堆内存从512M调到2G", "调大堆内存", "堆内存调到2G"], "", ""),
 ("mem_low", ["-Xms和-Xmx设成一样", "Xms和Xmx设置成相同"], "", "o"),
 ("kf_slow", ["调用积分服务的逻辑改成异步", "改成异步调用积分服务", "消息先写本地表再由线程池慢慢推"], "", ""),
 ("kf_slow", ["自动降级，先跳过积分、事后补发", "自动降级", "跳过积分事后补发"], "积分服务响应超过200ms时", ""),
 ("", ["在lag超过1万时加告警", "加lag告警"], "lag超过1万时", "o"),
]))

# ---------------------------------------------------------------- w08 (test, consumer)
ARTS.append(dict(
name="w08_mianbao_fa_buqilai.txt",
problem=("bread_no_rise", "面包发不起来", ["面包不发酵", "面包做成砖头", "面包机做面包发不起来", "面包又矮又硬"]),
text=r"""@B 豆田 | 首页 | 我的豆田 | 浏览发现 | 话题广场 | 小组 | 读书 | 电影 | 同城
@B 麦芽糖的日记
连续做出五块“砖头”之后，我的面包终于发起来了
@M 麦芽糖 2024-03-03 21:47:11 北京
去年冬天趁着打折买了台面包机，想着以后早饭就能吃上自己做的吐司。结果前五次做出来的全是又矮又硬的“砖头”，切开里面是实心的，咬一口能硌牙。这篇记一下我是怎么一点点找到原因的，给同样在做砖头的朋友参考。
我先怀疑的是酵母。那包酵母开封以后就夹个夹子扔在橱柜里，放了快两个月。查了一下才知道，干酵母开封后要密封冷藏，常温放久了活性掉得很厉害。我拿温水加一小勺糖化了一点进去，等了十分钟，一个泡都没冒，确实是死了。于是换了一包新酵母，这回开封后挤掉空气夹紧袋口，放进了冰箱。
第六次用新酵母，面团总算长高了一点，但还是不到方子里说的两倍大。后来我在一个烘焙群里问，群主第一句就问我厨房几度。我一看墙上的温度计，16度。她说酵母最舒服的温度是28度左右，冬天没暖气的厨房很难按方子的时间发满。室温低于20度的话，就把面团放进烤箱，旁边放一碗热水，关上门不开火，当发酵箱用；用面包机的话，也可以在自定义程序里把发酵时间延长一倍。
第七次，我照着做了，面团发得又高又圆，结果烤出来顶上塌了一个大坑。这回我自己查明白了：是发过头了。温度一上来，发酵时间就不能再照着方子死板地算，要看面团本身：手指沾点干粉戳一个洞，洞口慢慢回弹一点点就是刚好，完全不回弹、甚至塌下去，就是发过了。
回头翻笔记，还发现第三次失败的时候，我是把盐和酵母一起倒在面粉中间的。后来才知道，盐直接碰到酵母会让它脱水，活性大打折扣，要把盐和酵母分开放在面粉的两个角，或者等面团成团以后再加盐。
最后一个坑是面粉。我一开始用的是家里包饺子的中筋面粉，筋度不够，面团撑不住发酵产生的气体。换成高筋面粉（蛋白质含量12%以上的那种）以后，组织一下子就能拉出丝了。
现在每周末都能做一条像样的吐司了。总结给同样在做砖头的朋友：
1. 先用温水加糖测一下酵母是不是活的，开封的酵母放冰箱；
2. 冬天找个暖和的地方发酵，烤箱加一碗热水就行；
3. 盐和酵母别挨着；
4. 用高筋粉；
5. 看面团，不看时间。
@M 标签：烘焙 面包机 新手
@B ♡ 喜欢 128 | 回应 36 | 收藏 52 | 转发 | 推荐
@B 回应
@B 小麦穗穗：戳洞那个方法太好用了，我一直以为要看时间
@B 麦芽糖：@小麦穗穗 对，时间只是参考
@B 半糖主义：我家冬天也是，用烤箱发酵之后好多了
@B > 我来回应
@B 麦芽糖的其他日记 · · · · · ·
@B 第一次做戚风蛋糕，塌了 / 面包机选购小记
@B © 2005－2024 doutian.example.com, all rights reserved 北京豆田网络科技有限公司 京ICP证090015号""",
causes=["mb_yeast", "mb_cold", "mb_over", "mb_salt", "mb_flour"],
opt_causes=[],
triples=[
 ("mb_yeast", ["拿温水加一小勺糖测一下酵母是不是活的", "用温水加糖测酵母活性", "测一下酵母是不是活的"], "", "o"),
 ("mb_yeast", ["换了一包新酵母", "换新酵母", "更换新的酵母"], "", ""),
 ("mb_yeast", ["开封后挤掉空气夹紧袋口放进冰箱", "开封的酵母放冰箱", "酵母开封后密封冷藏"], "开封后", "o"),
 ("mb_cold", ["把面团放进烤箱旁边放一碗热水当发酵箱用", "烤箱里放一碗热水当发酵箱", "找个暖和的地方发酵"], "室温低于20度的话", ""),
 ("mb_cold", ["在自定义程序里把发酵时间延长一倍", "把发酵时间延长一倍", "延长发酵时间"], "用面包机的话", ""),
 ("mb_over", ["要看面团本身，不照着方子死板地算时间", "看面团不看时间", "根据面团状态判断发酵时间"], "温度一上来", ""),
 ("mb_over", ["手指沾点干粉戳一个洞看回弹", "手指沾粉戳洞", "戳洞看回弹"], "", "o"),
 ("mb_salt", ["把盐和酵母分开放在面粉的两个角", "盐和酵母分开放", "等面团成团以后再加盐", "盐和酵母别挨着"], "", ""),
 ("mb_flour", ["换成高筋面粉", "用高筋粉", "换成蛋白质含量12%以上的高筋面粉"], "", ""),
]))
