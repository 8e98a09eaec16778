# Articles y09-y16 of genre7. Same format as arts1.py.
ARTS = []

# ---------------------------------------------------------------- y09 (tune, consumer)
ARTS.append(dict(
name="y09_qitian_wuliyou_tuihuo_beiju.txt",
problem=("return_refused", "七天无理由退货被拒", ["七天无理由退货被商家拒绝", "网购退货被拒", "商家不给退货"]),
text=r"""@B 豆苗 | 读书 | 电影 | 音乐 | 同城 | 小组 | 阅读 | 市集
@B 小组首页 | 我的小组 | 精选 | 发现小组 | 搜索小组、话题
@B 消费维权互助小组 > 讨论
七天无理由退货被商家拒了，理由是"吊牌已拆影响二次销售"，这合理吗？？
@M 来自: 晚风吹过杏仁 2024-05-19 21:36:02 河北
5月10号在某宝一家店买了件风衣，五百多，12号到的，试了一下发现肩膀那里太紧，当时想着先拆了吊牌穿出门看看效果（我真傻），穿了半天还是觉得不合适，15号申请了七天无理由退货，结果商家直接拒绝，理由写的是"吊牌已拆，影响二次销售"，我跟客服说七天无理由是法律规定的，客服就复制粘贴一句"吊牌拆除不支持七天无理由"，说了三遍都没用，我又说衣服没洗没脏一点痕迹都没有，还是拒，然后我又去看商品详情页，最底下一行小字写着"本商品拆吊牌后不支持退换"，我真的气死，请问姐妹们这种情况还能退吗？还是只能认栽挂闲鱼？顺便问下我之前还有一单也被拒了，买的内裤，也是七天内，商家说贴身衣物不退，这个也合理吗？
@M 2024-05-19 21:38:45 编辑 · 赞 23 · 收藏 41
@M 晚晴 2024-05-19 21:52:10 北京
吊牌这事一般是这样：吊牌属于商品完好的一部分，你拆了吊牌还穿出门，商家确实可以说影响二次销售。不过你要是吊牌还留着、能原样挂回去，可以跟平台客服说明吊牌完整可以复原，申请平台介入，我之前这样退成功过。详情页那种"拆吊牌不退"的小字，平台一般不认，把详情页和聊天记录截图一起传上去。
@M 南瓜粥 2024-05-19 22:05:33 上海
内裤那单基本没戏，贴身衣物、定制的、生鲜这些本来就属于不适用七天无理由的商品，页面上一般会标"不支持七天无理由退货"，下单前看一眼。除非是没拆封的，可以跟商家商量一下换货，有的店愿意。
@M 路人甲乙 2024-05-19 22:18:07 广东
有人跟我说拆了外包装就不能退了，是不是真的？我也有一单拆了盒子
@M 晚晴 2024-05-19 22:26:40 北京
@路人甲乙 不是的。为了检查商品拆开包装是正常的，不算影响商品完好，商家用这个理由拒绝是不对的，直接申请平台客服介入就行。
@M 芝士就是力量 2024-05-20 08:11:19 江苏
楼主你15号申请的话，要看是从哪天算七天。七天是从签收的第二天开始算的，12号签收就是13号到19号，你15号申请没超期。超过七天的就只能走质量问题了。
@M 小熊软糖 2024-05-20 09:02:51 浙江
还有一个容易被拒的点是赠品。买的时候送了东西，退货的时候赠品没一起寄回去，商家可以拒收或者按价格扣钱。赠品记得一起退。
@M 橘子汽水 2024-05-20 09:10:44 湖北
我之前被拒是因为申请的时候退货原因选了"质量问题"，商家让我拿证据，拿不出来就拒了。如果东西其实没问题、只是不喜欢，撤销申请重新选"七天无理由退货"就行，别为了让商家出运费乱选质量问题。
@M 芝士就是力量 2024-05-20 09:15:30 江苏
补充：如果衣服本身有质量问题（开线、色差、起球这种），那就不是七天无理由了，走质量问题退货，不看吊牌、也不受七天限制，拍照留好证据找客服，运费还是商家出。
@M 大鹅不是鹅 2024-05-20 10:27:02 辽宁
穿过、洗过、有明显使用痕迹的，商家拒收平台一般也支持商家，这种只能试着跟商家协商折价退了。
@M 晚风吹过杏仁 2024-05-20 12:40:18 河北
谢谢大家！我刚申请了平台介入，把吊牌照片和衣服照片都传了，等结果。内裤那单就算了。
@M 一颗柠檬 2024-05-21 10:03:26 四川
平台介入还不行的话就去全国12315平台投诉，我上次这样商家第二天就同意了。以后大家买衣服别急着拆吊牌，试穿确定了再拆。
@M 晚风吹过杏仁 2024-05-23 19:55:07 河北
更新：平台介入判了可以退，运费我自己出，算了不计较了，谢谢大家。
@B > 我来回应
@B 你的回应 · 添加图片 · 发送
@B 最新讨论 · 换一换
@B 外卖少送了一份，商家不认怎么办（12 回应）
@B 健身房跑路了，会员费能要回来吗（58 回应）
@B © 2005－2024 doumiao.example.com, all rights reserved · 京 ICP 证 090117 号 · 违法和不良信息举报""",
causes=["rf_tag", "rf_category", "rf_overdue", "rf_gift", "rf_reason", "rf_used"],
opt_causes=["rf_package"],
triples=[
 ("rf_tag", ["跟平台客服说明吊牌完整可以复原，申请平台介入", "申请平台介入", "申请平台客服介入"], "吊牌还留着、能原样挂回去", ""),
 ("rf_tag", ["把详情页和聊天记录截图一起传上去", "截图详情页和聊天记录"], "", "o"),
 ("rf_tag", ["买衣服别急着拆吊牌，试穿确定了再拆", "试穿确定了再拆吊牌"], "", "o"),
 ("rf_category", ["下单前看一眼页面上是否标了不支持七天无理由退货", "下单前看一眼"], "", "o"),
 ("rf_category", ["跟商家商量一下换货", "跟商家商量换货"], "没拆封的", ""),
 ("rf_package", ["直接申请平台客服介入"], "", "o"),
 ("rf_overdue", ["走质量问题", "只能走质量问题退货"], "超过七天的", "c"),
 ("rf_gift", ["赠品一起寄回去", "赠品记得一起退"], "", ""),
 ("rf_reason", ["撤销申请重新选七天无理由退货", "重新选七天无理由退货"], "如果东西其实没问题、只是不喜欢", ""),
 ("", ["走质量问题退货", "走质量问题退货，不看吊牌也不受七天限制"], "如果衣服本身有质量问题", ""),
 ("", ["拍照留好证据找客服", "拍照留证据"], "", "o"),
 ("rf_used", ["跟商家协商折价退", "试着跟商家协商折价退"], "", ""),
 ("", ["去全国12315平台投诉", "12315投诉"], "平台介入还不行的话", ""),
]))

# ---------------------------------------------------------------- y10 (test, technical)
ARTS.append(dict(
name="y10_go_siyou_mokuai_laqu_shibai.txt",
problem=("go_private_mod", "Go拉取私有模块失败", ["go mod tidy私有仓库报410 Gone", "go get私有GitLab模块失败", "私有模块下载失败"]),
text=r"""@B 论坛镜像 · golang-china 中文邮件列表存档 | 按日期 | 按主题 | 按作者 | 搜索 | 订阅
@B golang-china > 2024 年 3 月 > 主题索引
[golang-china] go mod tidy 拉公司私有 GitLab 模块报 410 Gone
@M 共 7 封邮件 · 参与者 3 人 · 最后回复 2024-03-07

@M 发件人: 黄子骞 <huangzq@corp.example.com>
@M 日期: 2024-03-05 10:14
@M 主题: go mod tidy 拉公司私有 GitLab 模块报 410 Gone
各位好，
公司内部 GitLab 上有个库 gitlab.corp.example.com/platform/infra/logkit，在本机 go mod tidy 报：
    go: gitlab.corp.example.com/platform/infra/logkit@v1.4.2: reading https://goproxy.example.cn/gitlab.corp.example.com/platform/infra/logkit/@v/v1.4.2.info: 404 Not Found
换成官方代理则报：
    verifying module: gitlab.corp.example.com/platform/infra/logkit@v1.4.2: 410 Gone
Go 版本 1.21.6，GOPROXY=https://goproxy.example.cn,direct。浏览器里能打开这个仓库。请问是哪里没配对？
谢谢！

@M 发件人: 马骁 <maxiao@example.org>
@M 日期: 2024-03-05 11:02
> 换成官方代理则报：
>     verifying module: ... 410 Gone
典型的没设 GOPRIVATE。Go 默认所有模块都先走 GOPROXY、再到 sum.golang.org 校验，公共代理和校验库当然访问不到你们内网的库，所以一个报 404，一个报 410。设一下：
    go env -w GOPRIVATE=gitlab.corp.example.com
GOPRIVATE 会同时让这些模块跳过代理和校验库，不用再单独设 GONOSUMDB。

@M 发件人: 黄子骞 <huangzq@corp.example.com>
@M 日期: 2024-03-05 14:37
> go env -w GOPRIVATE=gitlab.corp.example.com
设了，现在变成：
    fatal: could not read Username for 'https://gitlab.corp.example.com': terminal prompts disabled
会不会是 Go 版本太老？

@M 发件人: 马骁 <maxiao@example.org>
@M 日期: 2024-03-05 15:10
> 会不会是 Go 版本太老？
不是，GOPRIVATE 1.13 就有了，1.21 没问题。
现在是 git 层面的事了：go 用 https 去 clone，但你这台机器上的 git 没有 GitLab 的凭证，go 又禁止了交互输入。两个办法选一个：
1. 改走 SSH，本机已经配了 SSH key 的话最省事：
    git config --global url."git@gitlab.corp.example.com:".insteadOf "https://gitlab.corp.example.com/"
2. 继续用 https，就在 ~/.netrc 里写上 GitLab 的个人访问令牌：
    machine gitlab.corp.example.com login huangzq password <你的 token>
   token 至少要有 read_repository 权限。
另外你们公司如果配了全局的 HTTPS_PROXY，记得把 gitlab.corp.example.com 加进 NO_PROXY，不然去内网 GitLab 的请求也会被发到代理上，出不来。

@M 发件人: 刘岑 <liucen@corp.example.com>
@M 日期: 2024-03-06 09:21
> gitlab.corp.example.com/platform/infra/logkit
补充一个我们踩过的坑：你这个库在子组（platform/infra）里。GitLab 对 go get 返回的元数据，在没有登录的情况下只认前两级路径，会把模块当成 gitlab.corp.example.com/platform/infra 这个"仓库"，然后 clone 失败。配了 .netrc 之后一般就好了；实在不行，在 import 路径后面加上 .git：
    require gitlab.corp.example.com/platform/infra/logkit.git v1.4.2
不过这样所有引用的地方都得改，不推荐作为长期方案。
还有，CI 里同样要设置 GOPRIVATE 和凭证，runner 上可没有你本机的 git 配置，本地能过、流水线报同样的错，多半就是这个。

@M 发件人: 黄子骞 <huangzq@corp.example.com>
@M 日期: 2024-03-06 11:48
> 配了 .netrc 之后一般就好了
确实，.netrc 配好以后 tidy 过了，谢谢二位！
顺便记一下：之前我还试过 GOINSECURE=gitlab.corp.example.com，没用——那个只是允许 http 和跳过证书校验，跟认证无关。

@M 发件人: 马骁 <maxiao@example.org>
@M 日期: 2024-03-07 08:30
> 之前我还试过 GOINSECURE
对。要是你们 GitLab 用的是公司自签名证书，会报 x509: certificate signed by unknown authority，那种情况先把公司根证书装进系统信任库，还不行再考虑 GOINSECURE。

@B ← 上一主题：go 1.22 的 for 循环变量语义变了？ | 下一主题：求推荐国内能用的 Go 模块代理 →
@B 本存档由社区志愿者维护，邮件版权归原作者所有 · lists.example.org""",
causes=["go_private", "go_cred", "go_noproxy", "go_subgroup", "go_ci", "go_cert"],
opt_causes=["go_version"],
triples=[
 ("go_private", ["go env -w GOPRIVATE=gitlab.corp.example.com", "设置GOPRIVATE"], "", ""),
 ("go_cred", ["git config --global url.\"git@gitlab.corp.example.com:\".insteadOf \"https://gitlab.corp.example.com/\"", "改走SSH"], "本机已经配了SSH key的话", ""),
 ("go_cred", ["在~/.netrc里写上GitLab的个人访问令牌", "配置.netrc"], "继续用https", ""),
 ("go_cred", ["token至少要有read_repository权限"], "", "o"),
 ("go_noproxy", ["把gitlab.corp.example.com加进NO_PROXY", "加进NO_PROXY"], "公司如果配了全局的HTTPS_PROXY", "c"),
 ("go_subgroup", ["配.netrc", "配了.netrc"], "", ""),
 ("go_subgroup", ["在import路径后面加上.git", "require gitlab.corp.example.com/platform/infra/logkit.git v1.4.2"], "实在不行", ""),
 ("go_ci", ["CI里同样设置GOPRIVATE和凭证", "在CI里设置GOPRIVATE和凭证"], "", ""),
 ("go_cert", ["把公司根证书装进系统信任库", "安装公司根证书"], "GitLab用的是公司自签名证书", "c"),
 ("go_cert", ["考虑GOINSECURE", "GOINSECURE=gitlab.corp.example.com"], "还不行", ""),
]))

# ---------------------------------------------------------------- y11 (tune, technical, markdown)
ARTS.append(dict(
name="y11_github_actions_bu_chufa.md",
problem=("gha_notrigger", "GitHub Actions workflow不触发", ["workflow推送后不运行", "Actions页面没有运行记录", "GitHub Actions不执行"]),
text=r"""@B Product · Solutions · Open Source · Pricing | Search or jump to... | Sign in | Sign up
@B lumen-dev / lumen-ui · Public
@B Code · Issues 214 · Pull requests 38 · Discussions · Actions · Projects · Security · Insights
@B Discussions › Q&A

# 推送到 main 之后 workflow 完全不触发，Actions 页面什么都没有 #1873

@M **chenyu-dev** asked this question in Q&A · 2024-04-02 · Answered by **mira-k**
@M 4 comments · 3 replies · 4 participants

@M **chenyu-dev** · 2024-04-02

我们在仓库里加了一个 CI workflow，推送到 main 之后 Actions 页面一条运行记录都没有，连失败的都没有。文件如下：

```yaml
# .github/workflow/ci.yml
name: CI
on:
  push:
    branches: [ master ]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm test
```

另外 `release.yml` 是靠另一个 workflow 里用 `GITHUB_TOKEN` 打 tag 来触发的，也从来没跑过。是不是 Actions 的免费额度用完了？

---

@M **tomasz-w** · 2024-04-02

额度用完不会是这个样子。公共仓库用 GitHub 托管的 runner 本来就不计分钟数；私有仓库额度用完，是 job 直接失败并提示 billing，而不是完全不触发。

---

@M ✅ **mira-k** · 2024-04-02 · Marked as answer

你这里至少有三个问题，一个一个说：

1. **目录名少了个 s。** workflow 必须放在 `.github/workflows/`，你的是 `.github/workflow/`，GitHub 根本不会去读。把文件挪过去：

   ```bash
   git mv .github/workflow .github/workflows
   ```

2. **分支过滤写的是 `master`，而默认分支是 `main`。** `branches` 没有命中，当然不触发。改成 `branches: [ main ]`，或者干脆去掉 `branches`，让所有分支都触发。

3. **用 `GITHUB_TOKEN` 产生的事件不会触发新的 workflow。** 这是 GitHub 故意设计的，防止 workflow 无限递归，所以你用 `GITHUB_TOKEN` 打的 tag 不会触发 `release.yml`。要触发的话，改用 Personal Access Token 或 GitHub App 的 token 去推 tag，token 放在仓库的 Secrets 里，千万别直接写进 yml。

另外，YAML 缩进写错的话 workflow 也不会跑，但这种情况 Actions 页面会显示 `Invalid workflow file`，跟你这个"什么都没有"不一样：点进去按提示的行号把缩进改对就行。推之前可以用 [actionlint](https://actionlint.example.com) 在本地先检查一遍。

@M 👍 12 · ❤️ 3 · 3 replies

@M ↳ **chenyu-dev** · 2024-04-03

改了前两条，CI 跑起来了！release 那个换成 PAT 也好了。不过还遇到一个：另一个仓库里的 nightly 定时任务（`schedule`）上个月突然不跑了。

@M ↳ **mira-k** · 2024-04-03

公共仓库 60 天没有任何提交，`schedule` 触发的 workflow 会被自动禁用。到 Actions 页面选中那个 workflow，点 **Enable workflow** 重新启用就行；想避免的话，保持定期有提交就不会被禁。

@M ↳ **tomasz-w** · 2024-04-03

还有一个常见的：外部贡献者从 fork 提的 PR，首次贡献者的 workflow 要维护者批准才会跑，PR 页面上会有 **Approve and run** 按钮，点一下就行。

---

@M **lin-yq** · 2024-04-05

补充一个我自己翻车的：`on.push.paths` 只写了 `src/**`，结果那次只改了 `package.json`，workflow 当然不会触发。不需要按路径过滤的话就把 `paths` 删掉；需要的话，记得把 `package.json` 和 lockfile 也加进 `paths`。

---

@M **chenyu-dev** · 2024-04-06

记录一下给后来人：我之前试过把 workflow 文件删了重新建一个，也试过在 Settings 里把 Actions 关了再开，都没用，最后就是上面说的目录名问题。

@B Category: 🙏 Q&A · Labels: actions, ci · 4 participants
@B Subscribe · Notifications · You're not receiving notifications from this thread.
@B © 2024 GitHub, Inc. · Terms · Privacy · Security · Status · Docs · Contact · github.example.com""",
causes=["gh_dir", "gh_branch", "gh_token", "cfg_syntax", "gh_schedule", "gh_fork", "gh_paths"],
opt_causes=["gh_quota"],
triples=[
 ("gh_dir", ["git mv .github/workflow .github/workflows", "把文件挪到.github/workflows/"], "", ""),
 ("gh_branch", ["改成branches: [ main ]", "分支过滤改成main", "去掉branches让所有分支都触发"], "", ""),
 ("gh_branch", ["干脆去掉branches，让所有分支都触发", "去掉branches"], "", "o"),
 ("gh_token", ["改用Personal Access Token或GitHub App的token去推tag", "改用PAT", "换成PAT"], "要触发的话", "c"),
 ("gh_token", ["token放在仓库的Secrets里"], "", "o"),
 ("cfg_syntax", ["点进去按提示的行号把缩进改对", "把缩进改对"], "", ""),
 ("cfg_syntax", ["推之前用actionlint在本地先检查一遍", "用actionlint检查"], "", "o"),
 ("gh_schedule", ["到Actions页面选中那个workflow点Enable workflow", "点Enable workflow重新启用"], "", ""),
 ("gh_schedule", ["保持定期有提交"], "想避免的话", "o"),
 ("gh_fork", ["点Approve and run按钮", "维护者批准后才会跑", "点Approve and run"], "", ""),
 ("gh_paths", ["把paths删掉", "删掉paths"], "不需要按路径过滤的话", ""),
 ("gh_paths", ["把package.json和lockfile也加进paths", "把package.json加进paths"], "需要按路径过滤的话", ""),
]))

# ---------------------------------------------------------------- y12 (test, consumer)
ARTS.append(dict(
name="y12_wuxian_carplay_duankai.txt",
problem=("carplay_drop", "无线CarPlay频繁断开", ["CarPlay老是断开", "车机CarPlay断连", "无线CarPlay连接不稳定"]),
text=r"""@B 澜途汽车 经销商服务门户 DMS | 首页 | 维修工单 | 配件订购 | 技术信息 | 培训中心 | 退出
@B 技术信息 > 技术服务通报 > 信息娱乐系统
@M 文件编号：LT-TSB-2024-031 | 发布日期：2024-06-20 | 版本：A | 密级：内部 | 发布部门：售后技术支持部
技术服务通报：部分车型无线 CarPlay 频繁断开连接
适用车型：澜途 S7（2023 款）、澜途 X5（2023—2024 款）中装备 12.3 英寸信息娱乐主机的车辆，VIN 第 10 位为 P 或 R。
故障现象：客户反映行驶中无线 CarPlay 每隔几分钟断开一次并自动重连，导航和音乐中断；部分车辆熄火重启后无法自动连接。
原因分析：
1. 信息娱乐主机软件版本低于 V3.2.8 时，主机 Wi-Fi 模块在 5 GHz 频段下的信道切换逻辑存在缺陷，与部分 iPhone 机型配合时会反复断开。
2. iOS 17.0 至 17.1.2 版本存在无线 CarPlay 兼容问题，苹果已在后续版本中修复。
3. 手机同时开启了个人热点，或连接着车外的其他 Wi-Fi 网络，与 CarPlay 所需的点对点 Wi-Fi 连接冲突。
4. 手机长时间放在无线充电板上充电，温度过高后自动降低无线发射功率。
5. 车内加装的行车记录仪、车载 Wi-Fi 等后装设备工作在 5 GHz 频段，与主机产生同频干扰。
维修方案：
1. 使用诊断仪 LT-Diag 读取主机软件版本。版本低于 V3.2.8 的，通过诊断仪或 OTA 将主机软件升级至 V3.2.8 或更高版本。升级过程约 25 分钟，期间请勿熄火或打开车门。
2. 升级后在主机"设置—连接—CarPlay"中删除原有手机记录，并在手机"设置—通用—CarPlay"中忽略该车辆，然后重新配对。
3. 车内有后装 5 GHz 设备的，请拆除或关闭其 Wi-Fi 功能后复测。
4. 按上述步骤处理后故障仍然存在、且确认手机系统为最新版本的，请用诊断仪"导出日志"功能收集主机日志，通过技术支持平台提交 TAC 申请，不得自行更换主机。
客户沟通要点：
1. 建议客户将 iPhone 升级到 iOS 17.2 或更高版本。
2. 提醒客户使用 CarPlay 时关闭个人热点，并在手机 Wi-Fi 设置中关闭对其他网络的"自动加入"。
3. 夏季高温时，建议客户不要把手机长时间放在无线充电板上，可改用有线 CarPlay，或将手机放在出风口支架上。
4. 临时应急：断开后可在主机上关闭再打开 Wi-Fi，一般 10 秒内即可恢复连接。
工时与索赔：本通报涉及的软件升级工时为 0.5 h，索赔代码 TSB031，保修期内的车辆按保修索赔处理。
附件：HU_V3.2.8_20240612.zip（312 MB）
@B 下载 PDF | 打印 | 确认已阅读 | 反馈问题
@B 澜途汽车销售服务有限公司 © 2024 · 仅限授权经销商内部使用 · dms.lantu-auto.example.com""",
causes=["fw_old", "cp_ios", "cp_hotspot", "cp_heat", "cp_interfere"],
opt_causes=[],
triples=[
 ("", ["使用诊断仪LT-Diag读取主机软件版本", "读取主机软件版本"], "", "o"),
 ("fw_old", ["通过诊断仪或OTA将主机软件升级至V3.2.8或更高版本", "升级主机软件至V3.2.8", "升级主机软件"], "版本低于V3.2.8的", "c"),
 ("fw_old", ["在主机设置—连接—CarPlay中删除原有手机记录", "删除原有手机记录"], "升级后", "c"),
 ("fw_old", ["在手机设置—通用—CarPlay中忽略该车辆", "忽略该车辆"], "升级后", "c"),
 ("fw_old", ["然后重新配对", "重新配对"], "升级后", "c"),
 ("cp_interfere", ["拆除或关闭后装设备的Wi-Fi功能后复测", "关闭后装设备的Wi-Fi功能"], "车内有后装5GHz设备的", "c"),
 ("", ["用诊断仪导出日志功能收集主机日志，通过技术支持平台提交TAC申请", "提交TAC申请"], "按上述步骤处理后故障仍然存在、且确认手机系统为最新版本的", ""),
 ("cp_ios", ["将iPhone升级到iOS 17.2或更高版本", "升级iOS"], "", ""),
 ("cp_hotspot", ["使用CarPlay时关闭个人热点", "关闭个人热点"], "", ""),
 ("cp_hotspot", ["在手机Wi-Fi设置中关闭对其他网络的自动加入", "关闭自动加入"], "", ""),
 ("cp_heat", ["改用有线CarPlay", "将手机放在出风口支架上"], "夏季高温时", ""),
 ("cp_heat", ["将手机放在出风口支架上"], "夏季高温时", "o"),
 ("", ["在主机上关闭再打开Wi-Fi", "关闭再打开Wi-Fi"], "断开后", "c"),
]))

# ---------------------------------------------------------------- y13 (tune, technical)
ARTS.append(dict(
name="y13_macos_yingyong_yisunhuai.txt",
problem=("mac_damaged", "macOS提示应用已损坏无法打开", ["已损坏，无法打开。你应该将它移到废纸篓", "Mac打开软件提示已损坏", "macOS应用已损坏"]),
text=r"""@B W2EX | 首页 | 技术 | 创意 | 好玩 | Apple | 酷工作 | 交易 | 城市 | 问与答 | 最热 | 全部 | 登录 | 注册
@B W2EX › Apple
macOS 14 装了个软件，打开提示"已损坏，无法打开。你应该将它移到废纸篓"
@M moonriver · 2024-05-12 14:02:33 +08:00 · 4,812 次点击
M2 的 MacBook Air，系统 Sonoma 14.4。从一个开源项目的 Releases 页下了个 dmg，拖到应用程序里，双击就弹"已损坏，无法打开。你应该将它移到废纸篓"。右键 → 打开也试了，还是一样的提示。同一个 dmg 在同事的 Intel Mac 上能打开。这是什么情况？
@M 第 1 条附言 · 2024-05-12 16:40:11 +08:00
已解决，见 #12，感谢各位。
@B 加入收藏 | 分享 | 忽略主题 | 感谢
@M 14 条回复 • 2024-05-13 09:12:40 +08:00
@M 1 ketchup9 · 2024-05-12 14:05:10 · ❤️ 3
基本是隔离属性。网上下载的文件会被打上 com.apple.quarantine，开发者又没做苹果公证（notarization），Gatekeeper 就直接报"已损坏"。终端里跑一句：
sudo xattr -r -d com.apple.quarantine /Applications/XXX.app
@M 2 lazyowl · 2024-05-12 14:07:48
右键打开那招只对"无法验证开发者"有用，对"已损坏"没用，楼主这个不是那种情况。
@M 3 dev_pan · 2024-05-12 14:11:02
sudo spctl --master-disable，然后系统设置 → 隐私与安全性里选"任何来源"，一劳永逸。
@M 4 ketchup9 · 2024-05-12 14:15:37
@dev_pan 不建议这么搞，关了 Gatekeeper 整台机器都没有这层保护了。只是一个 app 的话，xattr 去掉它自己的隔离属性就够了。
@M 5 zzz_fm · 2024-05-12 14:30:20
是不是 SIP 的问题？要进恢复模式关 SIP 吧
@M 6 lazyowl · 2024-05-12 14:33:51
@zzz_fm 跟 SIP 没关系。千万别为了打开一个 app 去关 SIP。
@M 7 moonriver · 2024-05-12 14:40:02
@ketchup9 xattr 跑完还是报已损坏……
@M 8 dev_pan · 2024-05-12 14:52:19
@moonriver 那可能是签名的问题。Apple Silicon 上 arm64 的程序必须有签名，哪怕是 ad-hoc 签名；有些项目 CI 出包的时候签名就坏了，或者你装过汉化补丁、改了 app 里的文件，签名也会失效。Intel Mac 不强制这个，所以你同事那边能开。自己重新签一下：
codesign --force --deep --sign - /Applications/XXX.app
@M 9 moonriver · 2024-05-12 15:05:44
@dev_pan 签完可以打开了！！
@M 10 orange_k · 2024-05-12 15:30:11
另外 dmg 没下完整也会这样，浏览器下到一半断了，或者走了奇怪的镜像站。项目 Releases 一般都给了 SHA256，shasum -a 256 xxx.dmg 对一下，对不上就重新下载。
@M 11 yuki_s · 2024-05-12 16:02:57
还有一种是软件太老了，多年没更新，新系统压根不支持。去官网看看有没有新版本，没有的话只能找替代品了。
@M 12 moonriver · 2024-05-12 16:38:20
总结一下我这边：先 xattr 去隔离属性，再 codesign 重签，两步都做了才能开。附言已更新。
@M 13 oldmac_fan · 2024-05-12 21:47:05
补充个冷门的：要是打开的是从网上下的老版本 macOS 安装器，报"已损坏"是因为它的签名证书已经过期了。断网，在终端里把系统日期改到 2019 年再打开就行，装完记得把日期改回来。
@M 14 corp_it · 2024-05-13 09:12:40
公司发的 Mac 要注意：装了 MDM 的，管理员可能下发了禁止未公证 app 的策略，上面这些都白搭，得找 IT 把这个 app 加进白名单。
@B 添加一条新回复 | 请尽量让自己的回复能够对别人有帮助
@B 关于 · 帮助文档 · FAQ · API · 实用小工具 · W2EX w2ex.example.com · 沪 ICP 备 16043321 号-1""",
causes=["mac_quar", "mac_sign", "mac_dmg", "mac_old", "mac_cert", "mac_mdm"],
opt_causes=["mac_sip"],
triples=[
 ("mac_quar", ["sudo xattr -r -d com.apple.quarantine /Applications/XXX.app", "用xattr去掉隔离属性", "xattr去隔离属性"], "", ""),
 ("mac_quar", ["sudo spctl --master-disable，然后选任何来源", "关掉Gatekeeper"], "", "o"),
 ("mac_sign", ["codesign --force --deep --sign - /Applications/XXX.app", "自己重新签一下", "codesign重签"], "", ""),
 ("mac_dmg", ["shasum -a 256 xxx.dmg对一下", "核对SHA256"], "", "o"),
 ("mac_dmg", ["重新下载"], "对不上", "c"),
 ("mac_old", ["去官网看看有没有新版本", "更新到新版本"], "", ""),
 ("mac_old", ["找替代品", "只能找替代品"], "没有的话", ""),
 ("mac_cert", ["断网"], "", "o"),
 ("mac_cert", ["在终端里把系统日期改到2019年再打开", "把系统日期改到2019年"], "打开的是从网上下的老版本macOS安装器", ""),
 ("mac_cert", ["装完记得把日期改回来"], "", "o"),
 ("mac_mdm", ["找IT把这个app加进白名单", "找IT加白名单"], "", ""),
]))

# ---------------------------------------------------------------- y14 (test, technical, markdown)
ARTS.append(dict(
name="y14_vpn_bufen_wangzhan_dabukai.md",
problem=("vpn_sites", "连接VPN后部分网站打不开", ["VPN连上后内网系统打不开", "连VPN后页面加载到一半卡住", "VPN下部分网站无法访问"]),
text=r"""@B 极连 SecureLink | 产品 | 下载 | 文档 | 发布说明 | 支持 | 联系销售
@B 文档中心 > 客户端 > 发布说明 > Windows / macOS 客户端

# 极连客户端 5.3.0 发布说明

@M 发布日期：2024-07-09 · 适用平台：Windows 10/11、macOS 12 及以上 · 文档版本 1.2

## 新增

- 支持按应用分流（Windows）。
- 新增连接诊断页，可一键导出诊断日志。

## 优化

- 断线重连速度提升约 40%。
- 降低了后台运行时的内存占用。

## 修复

- 修复了 macOS 上菜单栏图标偶尔不显示的问题。
- 修复了登录页在高分屏下显示模糊的问题。

## 已知问题及规避方法

### 连接成功后，部分网站或内网系统打不开、页面加载到一半卡住

该问题与用户所在的网络环境有关，常见原因及规避方法如下：

1. **链路 MTU 过小。** 部分宽带（尤其是 PPPoE 拨号和一些 4G/5G 热点）的 MTU 低于 1500，而客户端隧道默认 MTU 为 1420，叠加隧道封装后数据包超长被丢弃，表现为小页面能打开，大页面和文件下载卡住。
   规避：在客户端"设置—高级—隧道 MTU"中改为 1380 后重新连接；使用 4G/5G 热点时建议直接设为 1280。
2. **ICMP 被屏蔽，路径 MTU 发现失效。** 部分企业防火墙丢弃 ICMP"需要分片"报文，客户端无法自动调整包大小。
   规避：同上，手动降低隧道 MTU；有条件的，请网络管理员放行 ICMP Type 3 Code 4。
3. **分流规则未包含目标网段。** 管理员配置的"仅内网走隧道"规则中没有该系统所在网段时，流量不走隧道。
   规避：联系管理员在控制台"策略—路由"中添加该网段；临时急用的，可在客户端切换为"全局模式"。
4. **内网域名用了本地 DNS 解析。** 系统优先使用了家庭路由器下发的 DNS，内网域名解析失败或被解析成了公网地址。
   规避：Windows 上在"设置—高级"中勾选"强制使用隧道 DNS"；macOS 用户请升级到 5.3.0，该版本已默认开启。
5. **与第三方安全软件的网络过滤驱动冲突。** 已确认与部分安全软件的 Web 防护模块冲突。
   规避：在安全软件中将 `securelink.exe` 加入信任列表，或暂时关闭其 Web 防护。请勿卸载客户端的虚拟网卡驱动，否则客户端将无法连接。
6. **IPv6 流量绕过隧道。** 本地网络支持 IPv6 而隧道仅承载 IPv4 时，部分网站优先走 IPv6 直连，导致访问异常。
   规避：在网卡属性中取消勾选"Internet 协议版本 6 (TCP/IPv6)"，或等待 5.4 版本支持 IPv6 隧道。

以上方法均无效时，请在客户端"诊断"页导出诊断日志，提交工单至技术支持。

## 升级说明

- 5.0 及以上版本可在线升级；4.x 版本请先卸载再安装新版本，配置会自动保留。

@B 上一版本：5.2.4 发布说明 | 下一版本：—
@B 本文是否有帮助？ 👍 👎
@B © 2024 极连网络技术有限公司 · securelink.example.com · 苏 ICP 备 18027736 号""",
causes=["mtu", "vpn_icmp", "vpn_split", "vpn_dns", "vpn_av", "vpn_ipv6"],
opt_causes=[],
triples=[
 ("mtu", ["在客户端设置—高级—隧道MTU中改为1380后重新连接", "隧道MTU改为1380", "把隧道MTU改小"], "", ""),
 ("mtu", ["直接设为1280", "隧道MTU设为1280"], "使用4G/5G热点时", ""),
 ("vpn_icmp", ["手动降低隧道MTU", "同上，手动降低隧道MTU"], "", ""),
 ("vpn_icmp", ["请网络管理员放行ICMP Type 3 Code 4", "放行ICMP"], "有条件的", ""),
 ("vpn_split", ["联系管理员在控制台策略—路由中添加该网段", "联系管理员添加网段"], "", ""),
 ("vpn_split", ["在客户端切换为全局模式", "切换为全局模式"], "临时急用的", ""),
 ("vpn_dns", ["在设置—高级中勾选强制使用隧道DNS", "勾选强制使用隧道DNS"], "Windows上", ""),
 ("vpn_dns", ["升级到5.3.0", "macOS升级到5.3.0"], "macOS用户", ""),
 ("vpn_av", ["在安全软件中将securelink.exe加入信任列表", "加入信任列表", "暂时关闭其Web防护"], "", ""),
 ("vpn_av", ["暂时关闭其Web防护", "关闭安全软件的Web防护"], "", "o"),
 ("vpn_ipv6", ["在网卡属性中取消勾选Internet协议版本6 (TCP/IPv6)", "取消勾选IPv6", "禁用IPv6"], "", ""),
 ("vpn_ipv6", ["等待5.4版本支持IPv6隧道"], "", "o"),
 ("", ["在客户端诊断页导出诊断日志，提交工单至技术支持", "提交工单至技术支持"], "以上方法均无效时", ""),
]))

# ---------------------------------------------------------------- y15 (tune, consumer, podcast show notes, no triples)
ARTS.append(dict(
name="y15_gongxiang_chongdianbao_guihuan_boke.txt",
problem=("powerbank_return", "共享充电宝归还后仍在计费", ["共享充电宝归还异常", "充电宝还了还在扣钱"]),
text=r"""@B 声浪 FM | 发现 | 分类 | 排行榜 | 我的订阅 | 下载 App | 登录
@B 首页 > 社会与文化 > 消费观察室
消费观察室 Vol.87｜充电宝还了，钱还在扣？
@M 主播：阿杰、小满 · 嘉宾：老郑（前共享出行行业产品经理） · 时长 52:18 · 2024-06-14 发布 · 播放 3.4 万
@B ▶ 播放　＋ 订阅　分享　下载
本期简介
上个月，小满在高铁站借了一个共享充电宝，到站后还进了另一台机柜。机柜"咔哒"一声收了，App 却一直显示"使用中"，一路计费到 99 元封顶。客服的回复只有一句"归还异常，已提交核实"，三天后钱才退回来。我们在听众群里一问，类似的经历有几十条。
这期不是"避坑指南"，我们也给不出什么诀窍——平台没有解释为什么会"归还异常"，我们也不打算替它猜。我们想聊的是另一件事：出了这种事，举证的责任为什么总是落在用户身上？
时间轴
00:01:30 小满的 99 元：从"已归还"到"使用中"
00:09:12 听众来信：一位外卖骑手一个月被扣了三次封顶费
00:17:45 老郑：从产品的角度看，"封顶价"这个设计意味着什么
00:26:03 充电宝越来越贵：从 1 元 1 小时到 4 元半小时
00:34:20 平台、场地方、用户，三方谁该先掏钱
00:43:10 去年监管部门的约谈，改变了什么，没改变什么
00:49:55 结尾：我们不是要抵制，而是希望规则写在明处
本期提到
· 某市消费者协会《2023 年共享充电宝消费体验报告》
· 电影《楚门的世界》
· 上期节目 Vol.86｜自动续费，到底是谁在续？
老郑在节目里的一句话，我们想单独摘出来："计费规则是平台写的，机柜是平台的，日志也在平台手里，出了问题却要用户去证明自己还了。"你怎么看？欢迎在评论区聊聊你的经历。
@M 片头片尾音乐：Lo-fi Morning / 小树林乐队（已获授权）
@B 评论 386 · 热门 | 最新
@B 写下你的评论…
@B 相关节目
@B 不止消费 Vol.12｜外卖平台的"准时宝"到底准不准
@B 声浪 FM shenglang.example.com · 增值电信业务经营许可证 京 B2-20190321 · 京 ICP 备 17020384 号""",
causes=[],
opt_causes=[],
triples=[]))

# ---------------------------------------------------------------- y16 (test, technical, live-blog news, no triples)
ARTS.append(dict(
name="y16_daima_tuoguan_pingtai_guzhang_kuaixun.txt",
problem=("codehost_outage", "代码托管平台故障无法推送代码", ["码仓无法推送代码", "代码托管平台宕机"]),
text=r"""@B 迅科 | 首页 | 快讯 | 业界 | 数码 | 汽车 | 游戏 | 专题 | 下载 App
@B 首页 > 快讯 > 互联网
滚动｜码仓平台大面积故障：开发者无法推送代码，官方称已全部恢复
@M 本文持续更新 · 最后更新 2024-08-21 18:05 · 记者 严晓 · 阅读 5.2 万
【18:05】码仓官方状态页显示，Git 推送、拉取及网页访问已全部恢复正常，本次故障持续约 3 小时 40 分钟。官方表示将在 72 小时内发布事故报告。
【16:52】码仓官方微博发文称"部分服务已恢复，网页端访问基本正常，Git over SSH 仍有部分用户受影响，工程师正在全力处理"。
【15:40】记者联系码仓客服，对方表示"技术团队正在紧急排查，具体原因以官方公告为准"，未透露更多信息。
【15:05】多家使用码仓托管代码的公司受到影响。杭州一家电商公司的运维负责人告诉记者，公司原定下午的版本发布已经推迟："代码推不上去，流水线也拉不到代码，只能干等。"
【14:48】码仓状态页将"Git 操作"和"网页"两个组件标记为"重大故障"。
【14:25】社交平台上开始出现大量开发者反映码仓无法访问。有网友晒出报错截图，推送时提示"remote: Internal Server Error"，网页端显示 502。
【背景】码仓是国内用户量较大的代码托管平台之一，官方数据显示其注册开发者超过 1000 万。这是该平台今年第二次出现较长时间的服务中断，上一次发生在 3 月，持续约 1 小时。
@M 责任编辑：林舒
@B 相关阅读
@B 码仓发布 2024 年度开发者报告 · 云服务商宕机谁来赔？业内人士解读 SLA 条款
@B 声明：本文由迅科原创，转载请注明出处。
@B 迅科 xunke.example.com · 京 ICP 备 12008844 号 · 违法和不良信息举报电话 010-6287-5510""",
causes=[],
opt_causes=[],
triples=[]))
