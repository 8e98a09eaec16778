# Articles u09-u16 of genre3. Same markers and triple format as arts1.py.
ARTS = []

# ---------------------------------------------------------------- u09 (tune)
ARTS.append(dict(
name="u09_npm_build_heap_out_of_memory.md",
problem=("node_heap_oom", "npm run build报JavaScript heap out of memory", ["前端打包内存溢出", "Node打包内存溢出", "heap out of memory", "webpack打包内存不足"]),
text=r"""@B 极客小栈  首页  博客  专栏  问答  下载  学院
@B 搜索 | 写文章 | 消息 | 登录/注册
# npm run build 报 JavaScript heap out of memory 的解决办法（含原因分析）
@M 原创 落叶知秋Z 已于 2024-02-28 10:14:55 修改 · 阅读量 1.9w · 收藏 203 · 点赞数 57
@M 分类专栏：前端工程化 文章标签：node.js webpack vue 前端
@B 版权声明：本文为博主原创文章，转载请附上原文出处链接和本声明。

项目越做越大，某天 `npm run build` 跑到 90% 左右突然挂了，终端里一大段：

```
<--- Last few GCs --->
[21384:0x5e1d0f0]   182044 ms: Mark-sweep 2042.6 (2083.4) -> 2041.8 (2084.2) MB, 1853.2 / 0.0 ms
FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory
```

## 一、为什么会内存溢出

Node.js 底层的 V8 对单个进程能用的堆内存有上限，老版本 Node 在 64 位系统上默认只有 1.4G～2G 左右。webpack 打包时，所有模块的 AST、source map 都要放在内存里，项目一大就容易顶到这个上限。我遇到过的有这么几种：

1. 项目体积变大，V8 默认的堆内存上限不够用了；
2. 生产构建开着完整的 source map（`devtool: 'source-map'`），内存占用直接翻倍；
3. 在 CI 里构建，Jenkins 或 GitLab Runner 的容器只给了 2G 内存，机器本身物理内存不足；
4. 插件有内存问题，比如老版本的 `terser-webpack-plugin` 开了 `parallel`，几个子进程一起把内存吃满。

## 二、解决办法

### 方法一：调大 Node 的堆内存上限（最常用）

```bash
# Linux / macOS
export NODE_OPTIONS=--max-old-space-size=4096
npm run build

# Windows（cmd）
set NODE_OPTIONS=--max-old-space-size=4096
```

也可以直接写进 `package.json`，省得每次手动设置：

```json
"scripts": {
  "build": "node --max-old-space-size=4096 node_modules/@vue/cli-service/bin/vue-cli-service.js build"
}
```

单位是 MB，一般设成机器物理内存的一半到四分之三，8G 内存的机器设 4096～6144 就够了，设得比物理内存还大没有意义。

### 方法二：生产环境关掉 source map

Vue CLI 项目在 `vue.config.js` 里加一行：

```js
module.exports = {
  productionSourceMap: false
}
```

自己配的 webpack 项目，把 `devtool` 改成 `false` 或者 `'hidden-source-map'`。线上确实需要 source map 排错的话，可以平时关着，需要时单独构建一次。

### 方法三：给构建机器加内存

在 2G 内存的容器里构建的，把容器的内存限制提到 4G 以上；一时加不了内存的，先加个 swap 顶一下：

```bash
fallocate -l 4G /swapfile && chmod 600 /swapfile
mkswap /swapfile && swapon /swapfile
```

注意：物理内存不够的时候光调 `max-old-space-size` 没用，进程会被系统的 OOM Killer 直接杀掉，日志里只剩一句 `Killed`。

### 方法四：升级或调整插件

把 `terser-webpack-plugin` 升到最新版，或者把 `parallel` 改成一个小一点的数字（比如 2）。顺便建议 Node 也升到 18 以上，新版本 V8 的内存回收好很多。

## 三、小结

报 `heap out of memory` 先用方法一，基本能解决八成；报 `Killed` 的先看方法三。

@B 文章知识点与官方知识档案匹配，可进一步学习相关知识
@B 点赞 57 | 收藏 203 | 分享 | 评论 19
@B 相关推荐
@B vue-cli 打包速度优化的 10 个技巧 阅读 3.6w
@B webpack5 配置 source map 的几种方式 阅读 9827
@B node 版本管理工具 nvm 安装使用教程 阅读 5.2w
@B 「前端面试题」每日一练，扫码领取 >>
@B 关于我们 | 联系我们 | 广告服务 | 网站地图 | 京ICP备22031586号 | ©2024 极客小栈""",
causes=["nd_heap_limit", "nd_sourcemap", "mem_short", "nd_plugin"],
opt_causes=[],
triples=[
 ("nd_heap_limit", ["调大Node的堆内存上限", "export NODE_OPTIONS=--max-old-space-size=4096", "set NODE_OPTIONS=--max-old-space-size=4096"], "", ""),
 ("nd_heap_limit", ["写进package.json的build脚本"], "", "o"),
 ("nd_sourcemap", ["在vue.config.js里加productionSourceMap: false", "关掉生产环境source map"], "Vue CLI项目", ""),
 ("nd_sourcemap", ["把devtool改成false或者hidden-source-map", "修改devtool配置"], "自己配的webpack项目", ""),
 ("nd_sourcemap", ["平时关着，需要时单独构建一次"], "线上确实需要source map排错", "o"),
 ("mem_short", ["把容器的内存限制提到4G以上", "给构建机器加内存"], "在2G内存的容器里构建的", "c"),
 ("mem_short", ["先加个swap顶一下", "加swap"], "一时加不了内存的", ""),
 ("nd_plugin", ["把terser-webpack-plugin升到最新版", "升级terser-webpack-plugin"], "", ""),
 ("nd_plugin", ["把parallel改成一个小一点的数字", "调小parallel"], "", ""),
 ("", ["Node升到18以上", "升级Node"], "", "o"),
],
))

# ---------------------------------------------------------------- u10 (test)
ARTS.append(dict(
name="u10_xinyongka_shenqing_beiju.txt",
problem=("credit_card_rejected", "信用卡申请被拒", ["信用卡秒拒", "信用卡审批不通过", "办信用卡被拒", "综合评分不足"]),
text=r"""@B 卡宝网 | 首页 | 信用卡 | 贷款 | 理财 | 保险 | 征信 | 资讯
@B 卡宝网 > 信用卡 > 办卡攻略
信用卡申请被拒怎么办？这6个原因对号入座
@M 2024-05-08 14:20 | 来源：卡宝网 | 作者：钱小满 | 阅读 4.7万
@B 【推广】最高5万额度，手机号即可申请 立即测额度 >>
@B 大家好，卡宝小编来为大家解答以上的问题。信用卡申请被拒怎么办这个问题很多人还不知道，现在让我们一起来看看吧！
申请信用卡秒拒，短信只说一句“综合评分不足”，到底哪里出了问题？结合多家银行信用卡中心公开的审批规则，被拒主要有下面几类原因，先对号入座，再对症处理，千万别被拒了就马上换一家接着申请。
一、征信查询次数太多
每申请一次信用卡或贷款，征信报告上就多一条“信用卡审批”或“贷款审批”查询记录。短时间内查询太多，银行会认为你很缺钱。近3个月查询超过6次的，至少停3个月不要再申请任何信用卡和贷款；超过10次的，建议半年以后再申请。
二、征信上有逾期记录
当前还有逾期没还的，先把欠款连本带息全部还清，否则申请哪家都很难通过。已经结清的逾期要分情况看：近2年内累计逾期不超过3次、每次不超过30天的，一般不影响大部分银行审批，直接申请即可；出现“连三累六”（连续3个月逾期或累计6次逾期）的，基本会被所有银行拒绝，只能等逾期记录结清满5年自动消除后再申请。
三、负债率过高
名下信用卡总额度已经用掉70%以上，或者网贷笔数很多，银行会认为你还款压力太大。先还掉一部分网贷，把每张信用卡的账单控制在额度的30%以内，两三个月以后再申请，通过率会高很多。
四、填写的资料与实际不符
单位电话打不通、单位名称只填了简称、居住地址前后对不上，银行电话回访时核实不了，也会拒件。申请时单位名称要写全称，留一个工作时间能接通的座机；接到银行回访电话时如实回答，和申请表上填的保持一致。
五、身份证快过期或已过期
身份证有效期不足3个月的，很多银行的系统会直接拒件，过期的就更不用说了。先去派出所换领新身份证，拿到新证后再申请；已经在手机银行里绑定了旧证的，记得上传新证件照片更新信息。
六、收入不稳定或偏低
银行最看重的是还款能力。月收入低于3000元的，可以先从门槛低一些的城商行普卡开始申请，用卡一年左右再申请大行的卡；没有稳定收入的在校学生，可以申请学生卡，或者由父母作为担保人。
最后提醒一句：被拒后不要在短时间内到处“撒网”申请，每申请一次就多一条查询记录，只会越拒越多。也别相信所谓“包下卡”“征信修复”的中介，收了钱基本办不下来。
@B 以上就是关于“信用卡申请被拒怎么办”的相关回答，希望对大家有所帮助。
@B 免责声明：本文仅供参考，不构成任何投资或申请建议，具体以各银行审批结果为准。
@B 大家还在看
@B 信用卡额度多久提一次？提额技巧汇总
@B 征信花了多久能恢复？一文说清
@B 网商贷怎么提额度快
@B 二手车贷款利息怎么算
@B 自助麻将馆加盟多少钱
@B 养老保险断交几年会清零
@B 卡宝网 版权所有 © 2016-2024 | 沪ICP备16041225号-2 | 客服邮箱：kf@kabaowang.cn
@B 理财有风险，投资需谨慎""",
causes=["cc_query", "cc_overdue", "cc_debt", "cc_info", "id_expired", "cc_income"],
opt_causes=[],
triples=[
 ("cc_query", ["至少停3个月不要再申请任何信用卡和贷款", "停3个月再申请"], "近3个月查询超过6次", ""),
 ("cc_query", ["半年以后再申请"], "查询超过10次", ""),
 ("cc_overdue", ["先把欠款连本带息全部还清", "还清逾期欠款"], "当前还有逾期没还的", ""),
 ("cc_overdue", ["直接申请"], "近2年内累计逾期不超过3次、每次不超过30天", ""),
 ("cc_overdue", ["等逾期记录结清满5年自动消除后再申请", "等逾期记录消除后再申请"], "出现连三累六（连续3个月逾期或累计6次逾期）", ""),
 ("cc_debt", ["先还掉一部分网贷", "还掉部分网贷"], "", ""),
 ("cc_debt", ["把每张信用卡的账单控制在额度的30%以内", "降低信用卡使用率"], "", ""),
 ("cc_debt", ["两三个月以后再申请"], "", "o"),
 ("cc_info", ["单位名称写全称"], "", ""),
 ("cc_info", ["留一个工作时间能接通的座机"], "", ""),
 ("cc_info", ["如实回答，和申请表上填的保持一致", "如实回答回访电话"], "接到银行回访电话时", "c"),
 ("id_expired", ["去派出所换领新身份证", "换领新身份证"], "身份证有效期不足3个月", ""),
 ("id_expired", ["上传新证件照片更新信息"], "已经在手机银行里绑定了旧证的", ""),
 ("id_expired", ["拿到新证后再申请"], "拿到新证后", "o"),
 ("cc_income", ["先从门槛低一些的城商行普卡开始申请", "申请城商行普卡"], "月收入低于3000元", ""),
 ("cc_income", ["用卡一年左右再申请大行的卡"], "", "o"),
 ("cc_income", ["申请学生卡，或者由父母作为担保人", "申请学生卡"], "没有稳定收入的在校学生", ""),
 ("", ["不要在短时间内到处撒网申请"], "被拒后", "o"),
],
))

# ---------------------------------------------------------------- u11 (tune)
ARTS.append(dict(
name="u11_k8s_pod_pending.txt",
problem=("k8s_pod_pending", "Kubernetes Pod一直Pending", ["Pod Pending", "Pod无法调度", "FailedScheduling", "k8s Pod调度失败"]),
text=r"""@B 栈问 | 问答 | 专栏 | 标签 | 活动 | 招聘
@B 搜索问题或关键字 | 提问 | 登录 | 免费注册
@B 首页 > 问答 > 容器与编排
k8s Pod 一直 Pending，describe 提示 0/3 nodes are available: 3 Insufficient memory
@M 提问者：山月不知心 · 2024-04-02 提问 · 浏览 3.1k · 关注 12
@M 标签：kubernetes docker java
集群是用 kubeadm 自己搭的，1 个 master + 2 个 worker，每台都是 4 核 8G。部署了一个 Spring Boot 服务，replicas 设成 3，结果只有一个 Running，另外两个一直 Pending。kubectl describe pod 看到的 Events：
Warning  FailedScheduling  default-scheduler  0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient memory.
机器明明还有内存，free -h 看 available 还有 5G 多，为什么说内存不够？
@B 邀请回答 | 关注问题 | 收藏 | 举报
@B 4 个回答
@M 已采纳 · 云原生老兵 · 2024-04-02 · 赞 36
报错已经说得很清楚了：Insufficient memory，节点上“可分配”的内存不够调度这个 Pod 了。要注意，调度器看的是 Pod 的 requests，不是节点上实际用了多少，所以 free 看到有空闲没用。你 Deployment 里 resources.requests.memory 写了多少？如果写了 4Gi 以上，一台 8G 的机器扣掉系统和 kubelet 的预留，能放下一个就不错了。
解决思路有三个：
1）把 requests 调到接近实际用量。先用 kubectl top pod 看真实占用，Java 服务把 -Xmx 和 requests 对齐，再留 20% 左右的余量；
2）节点资源确实紧张的话，加 worker 节点，或者给现有节点升配；
3）看看有没有早就不用的 Deployment、Job 还占着资源，kubectl get pods -A 清一清。
@M 赞 12 · k8s踩坑日记 · 2024-04-02
补充一下，你的 Events 里还有一条 untolerated taint，这是 master 节点上的污点，默认不让普通 Pod 调度上去，所以你实际上只有 2 台 worker 能用。测试环境可以直接去掉污点：kubectl taint nodes --all node-role.kubernetes.io/control-plane-，生产环境别这么干，给需要的 Pod 加上对应的 tolerations，或者老老实实加 worker 节点。
另外 describe 里常见的 Pending 原因还有两个，顺便列一下：
· pod has unbound immediate PersistentVolumeClaims：PVC 没绑上。kubeadm 搭的集群默认没有 StorageClass，装一个 local-path-provisioner 之类的存储插件并设为默认就行；要是 PV 容量比 PVC 申请的小，就新建一个容量足够的 PV。
· node(s) didn't match Pod's node affinity/selector：nodeSelector 里写的标签在节点上不存在，给节点打上标签（kubectl label nodes 节点名 key=value），或者把 nodeSelector 删掉。
@M 赞 5 · 山月不知心（提问者） · 2024-04-03
感谢两位！requests 写的是 6Gi……照着第一个回答改成 2Gi 以后三个都 Running 了。
@M 赞 2 · devops_小林 · 2024-04-05
还有一种情况是节点 NotReady，kubectl get nodes 看一眼，NotReady 的话上去看 kubelet 日志，多半重启一下 kubelet（systemctl restart kubelet）就好了。
@B 撰写答案 | 提交
@B 相关问题
@B k8s Pod 一直 ContainerCreating 怎么办？
@B 节点 NotReady 的常见原因有哪些？
@B Deployment 滚动更新卡住不动
@B 栈问 © 2015-2024 | 关于我们 | 社区准则 | 联系我们 | 粤ICP备16087421号""",
causes=["k8s_requests", "mem_short", "k8s_taint", "k8s_pvc", "k8s_selector", "k8s_notready"],
opt_causes=[],
triples=[
 ("k8s_requests", ["把requests调到接近实际用量", "调小requests"], "", ""),
 ("k8s_requests", ["先用kubectl top pod看真实占用"], "", "o"),
 ("k8s_requests", ["把-Xmx和requests对齐，再留20%左右的余量"], "Java服务", "o"),
 ("mem_short", ["加worker节点，或者给现有节点升配", "给节点升配"], "节点资源确实紧张的话", "c"),
 ("mem_short", ["清理早就不用的Deployment、Job", "kubectl get pods -A清一清"], "", ""),
 ("k8s_taint", ["直接去掉污点", "kubectl taint nodes --all node-role.kubernetes.io/control-plane-"], "测试环境", ""),
 ("k8s_taint", ["给需要的Pod加上对应的tolerations", "加上tolerations"], "生产环境", ""),
 ("k8s_taint", ["老老实实加worker节点"], "生产环境", ""),
 ("k8s_pvc", ["装一个local-path-provisioner之类的存储插件并设为默认", "安装存储插件并设为默认StorageClass"], "kubeadm搭的集群默认没有StorageClass", "c"),
 ("k8s_pvc", ["新建一个容量足够的PV"], "PV容量比PVC申请的小", ""),
 ("k8s_selector", ["给节点打上标签", "kubectl label nodes"], "", ""),
 ("k8s_selector", ["把nodeSelector删掉"], "", ""),
 ("k8s_notready", ["上去看kubelet日志"], "", "o"),
 ("k8s_notready", ["重启一下kubelet", "systemctl restart kubelet"], "NotReady的话", "c"),
],
))

# ---------------------------------------------------------------- u12 (test, no triples)
ARTS.append(dict(
name="u12_laoren_shualian_renzheng_pinglun.txt",
problem=("elderly_face_auth_fail", "老人刷脸认证失败", ["刷脸认证失败", "养老金资格认证刷脸不通过", "人脸识别认证不通过"]),
text=r"""@B 晨钟评论 | 首页 | 时评 | 观点 | 专栏 | 读者来信 | 投稿
@B 当前位置：首页 > 时评
刷脸认证屡屡失败，老人办事不能只剩“一条路”
@M 2024-04-11 07:30 来源：晨钟评论 作者：苏禾
每年春天，家住老城区的赵阿姨都要为一件事发愁：给退休金做资格认证。按照要求，她需要在手机上打开App，对着摄像头眨眼、张嘴、摇头。可是今年，她前前后后试了十几次，屏幕上始终跳出“认证未通过”几个字。为什么不通过，赵阿姨说不上来，打电话问，听到的也只是一句“请按提示重新操作”。
赵阿姨的遭遇并不是个例。在不少社交平台上，“老人刷脸认证失败”的吐槽屡见不鲜：有人对着手机折腾了一下午，有人被提示“非本人操作”，急得直掉眼泪。
技术本身并无原罪。刷脸认证免去了老人每年跑腿的辛苦，本意是便民。问题在于，当“刷脸”成了唯一的通道，一旦这条路走不通，老人就被挡在了门外，而且连门为什么关上都不知道。
数字化不应以牺牲一部分人的便利为代价。一项服务好不好，不只看大多数人用得顺不顺，更要看最不会用的那部分人能不能办成。对年轻人来说是“动动手指”的小事，对一些老人来说可能是一道迈不过去的坎。
便民的技术，应当把“不会用、用不了”的人考虑进去。相关部门在推广新技术的同时，也要给做不到的人留一条退路，让失败的人知道下一步该去哪里、找谁。毕竟，技术的温度，最终体现在它如何对待掉队的人。
@M 责任编辑：何远
@B 本文为晨钟评论原创，转载请注明出处。
@B 网友评论（128）
@B 老张头：我妈也是，每年都得我回去帮忙弄
@B 向日葵：说得好，技术应该服务人而不是难为人
@B 我要评论 | 登录后发表评论
@B 热门时评
@B 让“适老化改造”不止于放大字体
@B 景区预约制该松绑了
@B 外卖骑手的“算法困境”怎么破
@B 晨钟评论网 版权所有 | 投稿邮箱：tougao@chenzhongpl.cn | 豫ICP备18027519号-1""",
causes=[],
opt_causes=[],
triples=[],
))

# ---------------------------------------------------------------- u13 (tune)
ARTS.append(dict(
name="u13_tuikuan_meidaozhang.txt",
problem=("refund_not_received", "网购退款显示成功但没到账", ["退款没到账", "退款成功钱没收到", "退款迟迟不到账"]),
text=r"""@B 种草集 | 发现 | 发布 | 通知 | 我
@B 搜索“退款没到账”
@M 栗子不吃辣 | 关注
退款显示成功但钱没到账😭亲测有效的排查顺序‼️
姐妹们！！上周在某多多退了两件衣服，页面早就显示“退款成功”，等了三天钱都没回来💢 问了一圈客服终于搞明白了，整理给大家👇
1️⃣先看钱退到哪了🔍
退款都是“原路返回”的！用花呗/信用卡付的，钱会退回花呗/信用卡，不会进余额也不会进银行卡。我就是用信用卡付的，钱其实早就冲抵到信用卡账单里了😂 用信用卡付的去银行App的“交易明细”里找，会有一笔负数的退款；花呗付的就去花呗账单里看“退款”记录。
2️⃣退到银行卡要等⏰
银行卡支付的，退款要走银行的处理流程，一般1-5个工作日到账，遇上周末节假日顺延，耐心等就行。超过7个工作日还没到的话，再去找平台客服催。
3️⃣付款的卡注销了❌
这个是我闺蜜踩的坑‼️付款用的那张银行卡后来注销了，钱退不回去，会被银行打回给商家，然后就一直卡着。这种只能联系平台客服，提供一张新卡让他们走线下打款。
4️⃣少退了钱？看看用没用券💰
用了平台优惠券、红包的，退款只退实付金额，券会退回账户里（有的券过期了就没了），不是少退了哦～
5️⃣最后一招📞
以上都查了还是没有，就在订单页点“联系客服”，让客服提供退款凭证（有的叫“退款交易号”），拿着凭证打银行客服电话查，银行能查到钱卡在哪一步✅
希望对姐妹们有用～有问题评论区问我💕
@M #退款 #网购避坑 #退款没到账 #省钱小技巧
@M 编辑于 03-14 浙江
@B 共 86 条评论
@B 奶茶续命中：原来在信用卡账单里！！我还以为被吞了😂
@B 一颗柚子：卡注销那个太真实了，我等了一个月
@B 作者 回复 一颗柚子：抱抱～找客服线下打款就好啦
@B 说点什么...
@B ♡ 1.2万 ☆ 8931 💬 86 分享
@B 相关笔记：网购退款避坑指南｜信用卡还款日怎么算｜花呗账单看不懂？""",
causes=["rf_original", "rf_bank_delay", "bank_card"],
opt_causes=["rf_coupon"],
triples=[
 ("rf_original", ["去银行App的交易明细里找负数的退款", "在信用卡交易明细里找退款"], "用信用卡付的", ""),
 ("rf_original", ["去花呗账单里看退款记录"], "花呗付的", ""),
 ("rf_bank_delay", ["耐心等1-5个工作日", "耐心等"], "银行卡支付的", "c"),
 ("rf_bank_delay", ["去找平台客服催", "找平台客服"], "超过7个工作日还没到", ""),
 ("bank_card", ["联系平台客服，提供一张新卡让他们走线下打款", "提供新卡线下打款"], "", ""),
 ("", ["在订单页联系客服，让客服提供退款凭证", "让客服提供退款交易号"], "以上都查了还是没有", ""),
 ("", ["拿着凭证打银行客服电话查", "打银行客服电话查"], "", ""),
],
))

# ---------------------------------------------------------------- u14 (test)
ARTS.append(dict(
name="u14_ubuntu_apt_update_baocuo.txt",
problem=("apt_update_error", "Ubuntu apt update报错", ["apt update失败", "apt-get update报错", "Ubuntu更新软件源报错"]),
text=r"""@B 浮生札记 | 首页 | 归档 | 分类 | 标签 | 友链 | 关于
@B 当前位置：首页 / Linux / 正文
Ubuntu 执行 apt update 报错的四种情况和处理办法
@M 发表于 2024-02-20 | 分类于 Linux | 阅读次数 2381 | 字数 1.6k
前两天给实验室的几台 Ubuntu 机器更新软件，sudo apt update 一连报了好几种错，趁着记忆还新鲜记下来，省得下次再查。
第一种是签名校验失败，报错大概长这样：
W: GPG error: https://download.docker.com/linux/ubuntu jammy InRelease: The following signatures couldn't be verified because the public key is not available: NO_PUBKEY 7EA0A9C3F273FCD8
意思是第三方源的公钥没有导入，或者已经过期了。apt-key 在新版本里已经废弃，正确做法是把公钥下载下来放进 /etc/apt/keyrings 目录，再在源的配置行里用 signed-by 指定它。以 Docker 源为例，先执行 curl -fsSL https://download.docker.com/linux/ubuntu/gpg | sudo gpg --dearmor -o /etc/apt/keyrings/docker.gpg 把公钥存下来，然后打开 /etc/apt/sources.list.d/docker.list，把开头的 deb 改成 deb [signed-by=/etc/apt/keyrings/docker.gpg]，保存以后再 update 就不报了。如果还在用 18.04 这种老版本，直接 sudo apt-key adv --keyserver keyserver.ubuntu.com --recv-keys 7EA0A9C3F273FCD8 也能解决，只是会多一条 deprecated 的警告。
第二种是 Temporary failure resolving 'cn.archive.ubuntu.com'，也就是域名解析不了。可以先 ping 一下 223.5.5.5，能 ping 通说明网络本身没问题，只是 DNS 没配好。编辑 /etc/systemd/resolved.conf，把 DNS= 这一行改成 DNS=223.5.5.5 114.114.114.114，再执行 sudo systemctl restart systemd-resolved 重启解析服务，apt update 就正常了。要是连 IP 都 ping 不通，那就不是 apt 的问题了，先去检查网卡和网关的配置。
第三种是 Could not get lock /var/lib/apt/lists/lock. It is held by process 3412 (unattended-upgr)，说明后台有别的 apt 进程正在运行，最常见的就是开机后系统自己在跑自动更新。一般等它跑完就行，也就几分钟。实在等不了，或者这个进程已经卡死不动了，可以 sudo kill 3412 结束它，之后再执行 sudo dpkg --configure -a 把没装完的包修复一下。千万别一上来就把 lock 文件 rm 掉，正在安装的包可能会被弄坏。
第四种是 update 卡在 0% [Connecting to archive.ubuntu.com] 很久，最后超时。这是国内访问官方源太慢，换成国内镜像就好了，比如阿里云或者清华的镜像站：sudo sed -i 's/archive.ubuntu.com/mirrors.aliyun.com/g' /etc/apt/sources.list。注意 24.04 开始源的配置改到了 /etc/apt/sources.list.d/ubuntu.sources，用的是 24.04 的话要改这个文件。换源之前最好先把原来的文件备份一份。
@B 本文作者：浮生 | 本文链接：https://fusheng.blog/posts/apt-update-errors/
@B 版权声明：本博客所有文章除特别声明外，均采用 CC BY-NC-SA 4.0 许可协议。转载请注明出处！
@M # Linux # Ubuntu # apt
@B 上一篇：WSL2 访问 Windows 代理的配置方法
@B 下一篇：用 systemd timer 替代 crontab
@B 评论 | 昵称 | 邮箱 | 网址 | 来发评论吧~
@B 最新文章：Git 子模块的正确打开方式 / Nginx 反向代理 WebSocket 配置 / Python 虚拟环境选哪个
@B © 2019 – 2024 浮生 | 由 Hexo 强力驱动 | 主题 - NexT.Gemini | 豫ICP备19041127号-1""",
causes=["apt_pubkey", "apt_dns", "apt_lock", "apt_slow"],
opt_causes=[],
triples=[
 ("apt_pubkey", ["把公钥下载下来放进/etc/apt/keyrings目录，再在源的配置行里用signed-by指定它", "用signed-by指定公钥"], "", ""),
 ("apt_pubkey", ["curl下载公钥并gpg --dearmor存到/etc/apt/keyrings/docker.gpg"], "", "o"),
 ("apt_pubkey", ["把开头的deb改成deb [signed-by=/etc/apt/keyrings/docker.gpg]"], "", "o"),
 ("apt_pubkey", ["sudo apt-key adv --keyserver keyserver.ubuntu.com --recv-keys", "用apt-key adv导入公钥"], "还在用18.04这种老版本", ""),
 ("apt_dns", ["编辑/etc/systemd/resolved.conf，把DNS改成223.5.5.5 114.114.114.114", "修改DNS配置"], "能ping通223.5.5.5", "c"),
 ("apt_dns", ["sudo systemctl restart systemd-resolved重启解析服务"], "", "o"),
 ("apt_dns", ["先ping一下223.5.5.5"], "", "o"),
 ("", ["检查网卡和网关的配置"], "连IP都ping不通", ""),
 ("apt_lock", ["等它跑完", "等自动更新跑完"], "", ""),
 ("apt_lock", ["sudo kill 3412结束它", "结束占用锁的进程"], "实在等不了，或者这个进程已经卡死不动了", ""),
 ("apt_lock", ["执行sudo dpkg --configure -a把没装完的包修复一下", "dpkg --configure -a"], "结束它之后", "c"),
 ("apt_slow", ["换成国内镜像", "把archive.ubuntu.com替换成mirrors.aliyun.com"], "", ""),
 ("apt_slow", ["改/etc/apt/sources.list.d/ubuntu.sources这个文件"], "用的是24.04", ""),
 ("apt_slow", ["换源之前先把原来的文件备份一份"], "", "o"),
],
))

# ---------------------------------------------------------------- u15 (tune)
ARTS.append(dict(
name="u15_postgresql_too_many_clients.md",
problem=("pg_too_many_clients", "PostgreSQL报too many clients already连接数已满", ["PostgreSQL连接数过多", "too many clients already", "remaining connection slots are reserved", "数据库连接数满了"]),
text=r"""@B 瀚星云 | 产品 | 解决方案 | 文档与社区 | 定价 | 控制台 | 登录
@B 文档中心 > 云数据库 PostgreSQL 版 > 常见问题 > 连接问题
# 连接时报错“too many clients already”怎么办？
@M 更新时间：2024-06-03 15:21:08
@B [产品详情](#) | [我的收藏](#)

## 问题描述

应用连接云数据库 PostgreSQL 实例时，出现以下报错之一：

```
FATAL:  sorry, too many clients already
FATAL:  remaining connection slots are reserved for non-replication superuser connections
```

## 问题原因

实例的连接数已达到参数 `max_connections` 的上限，新的连接无法建立。常见原因包括：

- 应用没有使用连接池，或连接池的最大连接数设置过大，多个应用实例的连接数加起来超过了 `max_connections`。
- 存在大量空闲连接（`idle`）或空闲事务（`idle in transaction`）长时间未释放。
- 实例规格较小，`max_connections` 默认值较低，例如 1 核 2 GB 规格默认仅 100 个连接。
- 存在慢 SQL 或锁等待，连接被长时间占用，应用不断新建连接。

## 解决方案

### 1. 查看当前连接

登录控制台，在实例的 **诊断与优化 > 会话管理** 页面查看当前连接，或使用 psql 执行以下 SQL，按用户、应用和状态统计连接数：

```sql
SELECT usename, application_name, state, count(*)
FROM pg_stat_activity
GROUP BY 1, 2, 3
ORDER BY 4 DESC;
```

### 2. 终止空闲连接

对于状态为 `idle` 且超过 10 分钟未活动的连接，可执行以下 SQL 批量终止：

```sql
SELECT pg_terminate_backend(pid)
FROM pg_stat_activity
WHERE state = 'idle'
  AND state_change < now() - interval '10 minutes';
```

同时建议在 **参数设置** 中配置 `idle_in_transaction_session_timeout`（例如 `60000`，单位为毫秒），使空闲事务超时后自动断开。

> **注意**：请勿终止状态为 `active` 的连接，否则正在执行的业务 SQL 会失败并回滚。

### 3. 使用连接池

在应用端使用 HikariCP、Druid 等连接池，并确保所有应用实例的最大连接数之和不超过 `max_connections` 的 80%。应用实例较多（例如超过 20 个 Pod）时，建议开启实例的 **数据库代理** 功能，由代理统一复用后端连接。

### 4. 优化慢 SQL

在 **诊断与优化 > 慢 SQL** 中找出执行时间超过 1 秒的语句，通过补充索引、改写 SQL 缩短执行时间，减少连接占用。

### 5. 升级实例规格或调整参数

若通过以上方法处理后连接数仍然不足，请升级实例规格。各规格默认的 `max_connections` 如下：

| 规格 | 默认 max_connections |
| --- | --- |
| 1 核 2 GB | 100 |
| 2 核 4 GB | 200 |
| 4 核 8 GB | 400 |
| 8 核 32 GB | 800 |

您也可以在 **参数设置** 中手动调大 `max_connections`，但每个连接约占用 10 MB 内存，设置过高可能导致实例内存不足。修改该参数需要重启实例，请在业务低峰期操作。

@B ## 相关文档

@B - [会话管理操作指南](#)
@B - [参数调优建议](#)
@B - [数据库代理简介](#)

@B 文档内容是否对您有帮助？ 有帮助 | 没帮助 | 提交反馈
@B 为什么选择瀚星云 | 服务与支持 | 备案 | 法律声明 | 隐私政策
@B © 2024 瀚星云 版权所有 | 沪ICP备20031178号-5 | 沪公网安备31011502018876号""",
causes=["pg_pool", "pg_idle", "pg_spec", "pg_slow"],
opt_causes=[],
triples=[
 ("", ["查看当前连接", "在会话管理页面查看当前连接"], "", "o"),
 ("pg_idle", ["执行SQL批量终止空闲连接", "pg_terminate_backend终止空闲连接"], "状态为idle且超过10分钟未活动的连接", ""),
 ("pg_idle", ["配置idle_in_transaction_session_timeout", "设置idle_in_transaction_session_timeout使空闲事务超时后自动断开"], "", ""),
 ("pg_pool", ["在应用端使用HikariCP、Druid等连接池", "使用连接池"], "", ""),
 ("pg_pool", ["确保所有应用实例的最大连接数之和不超过max_connections的80%", "控制连接池最大连接数之和"], "", ""),
 ("pg_pool", ["开启实例的数据库代理功能", "开启数据库代理"], "应用实例较多（例如超过20个Pod）", ""),
 ("pg_slow", ["通过补充索引、改写SQL缩短执行时间", "补充索引、改写SQL"], "", ""),
 ("pg_slow", ["在慢SQL中找出执行时间超过1秒的语句"], "", "o"),
 ("pg_spec", ["升级实例规格"], "通过以上方法处理后连接数仍然不足", ""),
 ("pg_spec", ["在参数设置中手动调大max_connections", "调大max_connections"], "", ""),
 ("pg_spec", ["在业务低峰期重启实例"], "修改该参数", "oc"),
],
))

# ---------------------------------------------------------------- u16 (test)
ARTS.append(dict(
name="u16_gangao_tongxingzheng_qianzhu_shibai.txt",
problem=("hk_macau_endorsement_fail", "港澳通行证签注办理失败", ["港澳签注办不了", "自助签注失败", "港澳通行证无法签注"]),
text=r"""@B 湖湾网 | 首页 | 新闻 | 民生 | 财经 | 教育 | 文旅 | 视频 | 数字报
@B 湖湾网 > 民生 > 政务服务
港澳通行证自助签注办不了？出入境工作人员解答常见情况
@M 2024-06-25 08:30 来源：湖湾晚报 记者 林晓岚 通讯员 周正
@B 字号：大 中 小 | 分享到：微信 微博
暑期临近，前往香港、澳门的市民明显增多。不少市民反映，在出入境自助签注机或“移民局”App上办理签注时，遇到了“无法办理”“不符合办理条件”等提示。记者近日走访市出入境接待大厅，请工作人员对几种常见情况作了解答。
通行证快到期，系统不给签注
“最常见的是通行证本身快到期了。”市出入境管理支队一名工作人员告诉记者，电子往来港澳通行证有效期不足3个月的，系统不再受理签注，需要先换发新证。目前换证可以全程网上办理，在“移民局”App上提交换证申请即可，一般7个工作日左右制证完成，还可以选择邮寄到家。
户籍信息变了，要到窗口办
改过姓名、迁移过户口的市民，系统里的信息可能还没有同步。工作人员提醒，这种情况自助机和线上都办不了，需要带上户口本和身份证到人工窗口办理。
身份证过期、用临时身份证的
身份证过期的，自助机读不出身份信息；拿着临时身份证的，自助机也无法识别。这两种情况可以直接到人工窗口办理，身份证过期的也可以先到派出所换领新证，再来自助办理。
已有签注没用完，不能重复办
记者了解到，个人旅游签注多为三个月一次、一年一次或一年两次。上一次签注还在有效期内、次数没用完的，系统会提示“已有有效签注”，不能重复办理，要等次数用完或者签注过期之后再办。
线上缴费失败，订单卡在“待缴费”
在“移民局”App上办理的，签注费需要在线支付。如果银行卡单笔限额不够，或者支付时网络中断，订单就会停在“待缴费”状态。工作人员说，30分钟内可以在“我的订单”里继续支付；超过30分钟订单会自动取消，重新提交申请就行，不会重复扣费。
工作人员同时提醒，暑期是办证高峰，有出行计划的市民最好提前两周办好签注。遇到其他提示或者拿不准的，可以拨打12367服务热线咨询。
@M 责任编辑：黄思远
@B 【纠错】【打印】【关闭】
@B 相关新闻
@B 暑期出境游升温 我市出入境业务量同比增三成
@B 护照办理“全程网办”来了？记者实测
@B 7月1日起，这些新规将影响你我生活
@B 湖湾网版权所有，未经书面授权禁止转载、摘编、复制或建立镜像
@B 互联网新闻信息服务许可证：44120200057 | 粤ICP备10238864号 | 违法和不良信息举报电话：12377
@B 扫码关注湖湾晚报微信公众号""",
causes=["gz_permit", "gz_info", "id_expired", "gz_temp_id", "gz_has_valid", "gz_pay"],
opt_causes=[],
triples=[
 ("gz_permit", ["先换发新证，在移民局App上提交换证申请", "换发新证"], "有效期不足3个月", ""),
 ("gz_permit", ["选择邮寄到家"], "", "o"),
 ("gz_info", ["带上户口本和身份证到人工窗口办理", "到人工窗口办理"], "", ""),
 ("id_expired", ["直接到人工窗口办理"], "", ""),
 ("id_expired", ["先到派出所换领新证，再来自助办理", "换领新身份证"], "", ""),
 ("gz_temp_id", ["直接到人工窗口办理"], "", ""),
 ("gz_has_valid", ["等次数用完或者签注过期之后再办"], "上一次签注还在有效期内、次数没用完", "c"),
 ("gz_pay", ["在我的订单里继续支付"], "30分钟内", ""),
 ("gz_pay", ["重新提交申请"], "超过30分钟订单会自动取消", ""),
 ("", ["提前两周办好签注"], "有出行计划的", "o"),
 ("", ["拨打12367服务热线咨询"], "遇到其他提示或者拿不准的", ""),
],
))
