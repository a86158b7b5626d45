<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionSet</name>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="28" />
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="29" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="30" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="31" />
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="32" />
        <source>&amp;Import Network…</source>
        <translation>导入网络(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="34" />
        <source>Allow &amp;Code From…</source>
        <translation>允许运行代码(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="35" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="37" />
        <location filename="../../netstudio/gui/actions.py" line="200" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="38" />
        <location filename="../../netstudio/gui/actions.py" line="206" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="42" />
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="43" />
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="44" />
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="45" />
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="47" />
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="49" />
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="50" />
        <source>Auto &amp;Layout</source>
        <translation>自动布局(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="52" />
        <source>&amp;Add Layer…</source>
        <translation>添加层(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="58" />
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="60" />
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="61" />
        <source>&amp;Fit to View</source>
        <translation>适合窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="63" />
        <source>&amp;Maximize Bottom Panel</source>
        <translation>最大化底部面板(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="65" />
        <source>Give the curves or the inspect views the window's height (again: back). Double-click their tab does the same.</source>
        <translation>让曲线或观察视图占满窗口高度（再按一次恢复）。双击它们的标签页效果相同。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="68" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="70" />
        <source>&amp;About netstudio</source>
        <translation>关于 netstudio(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="71" />
        <source>&amp;Welcome…</source>
        <translation>欢迎(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="72" />
        <source>Take the &amp;Tour</source>
        <translation>一分钟导览(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="73" />
        <source>&amp;Documentation</source>
        <translation>文档(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="101" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="103" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="105" />
        <source>Sa&amp;mples</source>
        <translation>示例(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="119" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="126" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="131" />
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="133" />
        <source>Follow &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="133" />
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="133" />
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="141" />
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="146" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="152" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="156" />
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="156" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="157" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="157" />
        <source>Auto Layout</source>
        <translation>自动布局</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="158" />
        <source>Fit to View</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="176" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="179" />
        <source>Clear List</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="200" />
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="202" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="206" />
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="208" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="302" />
        <source>About netstudio</source>
        <translation>关于 netstudio</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="303" />
        <source>&lt;b&gt;netstudio %1&lt;/b&gt;&lt;br&gt;Design, train and inspect neural networks visually.</source>
        <translation>&lt;b&gt;netstudio %1&lt;/b&gt;&lt;br&gt;以可视化方式设计、训练和检查神经网络。</translation>
    </message>
</context>
<context>
    <name>AttributionPage</name>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_hub.py" line="76" />
        <source>Pick a test image (or click a mistake in Results, or a dot in the projector) to see which pixels made the network decide.</source>
        <translation>选一张测试图片（或在“结果”中点一个错误，或在投影图中点一个点），看看是哪些像素让网络做出了判断。</translation>
    </message>
</context>
<context>
    <name>AttributionView</name>
    <message>
        <location filename="../../netstudio/gui/inspect/attribution_view.py" line="189" />
        <source>the predicted class</source>
        <translation>预测的类别</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/attribution_view.py" line="63" />
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/attribution_view.py" line="69" />
        <source>image under the map</source>
        <translation>在热力图下显示图片</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/attribution_view.py" line="85" />
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/attribution_view.py" line="86" />
        <source>Explain</source>
        <translation>解释</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/attribution_view.py" line="92" />
        <source>Where it looks:</source>
        <translation>它在看哪里：</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/attribution_view.py" line="184" />
        <source>class {0}</source>
        <translation>类别 {0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/attribution_view.py" line="189" />
        <source>predicted class</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/attribution_view.py" line="242" />
        <location filename="../../netstudio/gui/inspect/attribution_view.py" line="243" />
        <source>computing...</source>
        <translation>计算中……</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/attribution_view.py" line="251" />
        <source>The network says &lt;b&gt;{0}&lt;/b&gt; ({1} sure).</source>
        <translation>网络认为是 &lt;b&gt;{0}&lt;/b&gt;（把握 {1}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/attribution_view.py" line="254" />
        <source>It is a {0}.</source>
        <translation>实际是 {0}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/attribution_view.py" line="257" />
        <source>Map for class &lt;b&gt;{0}&lt;/b&gt; ({1}): what speaks for it.</source>
        <translation>类别 &lt;b&gt;{0}&lt;/b&gt;（{1}）的热力图：支持它的地方。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/attribution_view.py" line="260" />
        <source>Map for the predicted class: what made it say {0}.</source>
        <translation>预测类别的热力图：是什么让它说出 {0}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/attribution_view.py" line="263" />
        <source>Grad-CAM on {0}.</source>
        <translation>在 {0} 上做 Grad-CAM。</translation>
    </message>
</context>
<context>
    <name>Attributions</name>
    <message>
        <location filename="../../netstudio/core/explain/attributions.py" line="40" />
        <source>This network rebuilds its input (an autoencoder): it has no classes whose choice could be explained. The projector shows what its bottleneck learned.</source>
        <translation>这个网络重建它的输入（自编码器）：没有可以解释的类别选择。投影图可以显示它的瓶颈层学到了什么。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/explain/attributions.py" line="44" />
        <source>Grad-CAM needs a convolution (Conv2d) whose output still has height and width; this network has none. Saliency, Integrated Gradients and occlusion work on any network.</source>
        <translation>Grad-CAM 需要一个输出仍有高和宽的卷积层（Conv2d），这个网络没有。显著图、积分梯度和遮挡法适用于任何网络。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/explain/attributions.py" line="48" />
        <source>Attributions are drawn over the input image, but this network's input {shape} is not an image (channels x height x width).</source>
        <translation>归因图画在输入图片上，但这个网络的输入 {shape} 不是图片（通道 x 高 x 宽）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/explain/attributions.py" line="52" />
        <source>The network cannot run yet: fix the problems shown in the builder first.</source>
        <translation>网络还无法运行：请先修正编辑器中显示的问题。</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../netstudio/gui/autosave.py" line="122" />
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
</context>
<context>
    <name>BlockActions</name>
    <message>
        <location filename="../../netstudio/gui/canvas/block_actions.py" line="75" />
        <source>&amp;Group into Block</source>
        <translation>组合为块(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/block_actions.py" line="76" />
        <source>E&amp;xpand Block</source>
        <translation>展开块(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/block_actions.py" line="78" />
        <source>&amp;Open Block</source>
        <translation>打开块(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/block_actions.py" line="79" />
        <source>&amp;Back to Enclosing Graph</source>
        <translation>返回上一层图(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/block_actions.py" line="81" />
        <source>&amp;Blocks</source>
        <translation>块(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/block_actions.py" line="112" />
        <source>Cannot group: {0}.</source>
        <translation>无法组合：{0}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/block_actions.py" line="116" />
        <source>Group {0} layers into a block</source>
        <translation>将 {0} 个层组合为块</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/block_actions.py" line="127" />
        <source>Select a block to expand.</source>
        <translation>请选择要展开的块。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/block_actions.py" line="134" />
        <source>Expand {0}</source>
        <translation>展开 {0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/block_actions.py" line="144" />
        <source>Select one block to open.</source>
        <translation>请选择一个要打开的块。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/block_actions.py" line="171" />
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/block_actions.py" line="185" />
        <source>Editing {0}: changes apply to every use of this block. Ctrl+Shift+E goes back.</source>
        <translation>正在编辑 {0}：修改会应用到这个块的每一处使用。按 Ctrl+Shift+E 返回。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/block_actions.py" line="187" />
        <source>Back to the whole network.</source>
        <translation>已返回整个网络。</translation>
    </message>
</context>
<context>
    <name>CanvasMenus</name>
    <message>
        <location filename="../../netstudio/gui/canvas/context_menu.py" line="55" />
        <source>Add Layer After…</source>
        <translation>在其后添加层…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/context_menu.py" line="59" />
        <source>Disconnect</source>
        <translation>断开所有连接</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/context_menu.py" line="72" />
        <source>Show Feature Maps</source>
        <translation>查看特征图</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/context_menu.py" line="74" />
        <location filename="../../netstudio/gui/canvas/context_menu.py" line="117" />
        <source>About %1…</source>
        <translation>关于 %1…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/context_menu.py" line="87" />
        <source>Insert Layer Here…</source>
        <translation>在此插入层…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/context_menu.py" line="88" />
        <source>Delete Connection</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/context_menu.py" line="97" />
        <source>Add Layer…</source>
        <translation>添加层…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/context_menu.py" line="112" />
        <source>Add After '%1'</source>
        <translation>添加到“%1”之后</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/context_menu.py" line="114" />
        <source>Add to the Canvas</source>
        <translation>添加到画布</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <location filename="../../netstudio/core/analysis.py" line="33" />
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/analysis.py" line="34" />
        <source>{remedy}</source>
        <translation>{remedy}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/analysis.py" line="35" />
        <source>The checker failed unexpectedly ({error}). Please report this with your project file.</source>
        <translation>检查器意外失败（{error}）。请连同项目文件一起报告此问题。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/memory.py" line="14" />
        <source>The model needs about {need} of memory to train ({params:,} parameters, batch size {batch}), more than this computer has ({budget}).</source>
        <translation>训练这个模型大约需要 {need} 内存（{params:,} 个参数，批大小 {batch}），超过了这台计算机的内存（{budget}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/memory.py" line="17" />
        <source>The model needs about {need} of memory to train, more than half of this computer's {budget}.</source>
        <translation>训练这个模型大约需要 {need} 内存，超过这台计算机 {budget} 内存的一半。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/memory.py" line="19" />
        <source>use fewer or smaller layers, or a smaller batch_size</source>
        <translation>减少层数或缩小层，或使用更小的 batch_size</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/order.py" line="9" />
        <source>These layers form a loop: {path}. Data must flow one way, from the Input to the output.</source>
        <translation>这些层形成了环路：{path}。数据必须单向流动：从输入层到输出。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/order.py" line="11" />
        <source>These layers form a loop: {path} ({count} layers). Data must flow one way, from the Input to the output.</source>
        <translation>这些层形成了环路：{path}（{count} 个层）。数据必须单向流动：从输入层到输出。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/order.py" line="13" />
        <source>remove the connection {src} -&gt; {dst}</source>
        <translation>删除连接 {src} -&gt; {dst}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/params.py" line="16" />
        <source>{node} has the unknown layer type '{type}'.</source>
        <translation>{node} 的层类型“{type}”未知。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/params.py" line="17" />
        <source>did you mean '{suggestion}'?</source>
        <translation>你是不是想写“{suggestion}”？</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/params.py" line="18" />
        <source>pick a layer from the palette</source>
        <translation>从层列表中选择一个层</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/params.py" line="19" />
        <source>{node} ({type}) has an unknown parameter '{field}', which is ignored.</source>
        <translation>{node}（{type}）有未知参数“{field}”，该参数会被忽略。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/params.py" line="21" />
        <source>{type} takes: {names}</source>
        <translation>{type} 的参数有：{names}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/params.py" line="22" />
        <source>{type} takes no parameters; remove it</source>
        <translation>{type} 没有参数；请删除它</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/params.py" line="23" />
        <source>{node}'s {field} is {value}, but it must be {requirement}.</source>
        <translation>{node} 的 {field} 为 {value}，但它必须是{requirement}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/params.py" line="25" />
        <source>change {field}, or remove it to use the default, {default}</source>
        <translation>修改 {field}，或删除它以使用默认值 {default}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/params.py" line="27" />
        <source>change {field}, or remove it to use the default</source>
        <translation>修改 {field}，或删除它以使用默认值</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/shapes.py" line="12" />
        <source>{node} {problem}.</source>
        <translation>{node} {problem}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/shapes.py" line="13" />
        <source>{node} ({type}) could not be checked: {error}.</source>
        <translation>无法检查 {node}（{type}）：{error}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/shapes.py" line="14" />
        <source>check its parameters</source>
        <translation>检查它的参数</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/structure.py" line="11" />
        <source>Two nodes have the id '{node}'; ids must be unique.</source>
        <translation>有两个节点的 id 都是“{node}”；id 必须唯一。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/structure.py" line="12" />
        <source>rename one of them</source>
        <translation>重命名其中一个</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/structure.py" line="13" />
        <source>The id '{node}' contains '.', so it cannot name a PyTorch layer.</source>
        <translation>id“{node}”包含“.”，因此不能用作 PyTorch 层的名称。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/structure.py" line="15" />
        <source>The id '{node}' is blank, so it cannot name a PyTorch layer.</source>
        <translation>id“{node}”为空，因此不能用作 PyTorch 层的名称。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/structure.py" line="17" />
        <source>The id '{node}' is a name PyTorch uses itself, so it cannot name a PyTorch layer.</source>
        <translation>id“{node}”是 PyTorch 自己使用的名称，因此不能用作 PyTorch 层的名称。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/structure.py" line="19" />
        <source>rename it, e.g. to '{suggestion}'</source>
        <translation>重命名它，例如改为“{suggestion}”</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/structure.py" line="20" />
        <source>The connection {src} -&gt; {dst} refers to {missing}, which is not a node.</source>
        <translation>连接 {src} -&gt; {dst} 引用了 {missing}，但它不是节点。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/structure.py" line="22" />
        <source>The connection {src} -&gt; {dst} refers to {missing}, which are not nodes.</source>
        <translation>连接 {src} -&gt; {dst} 引用了 {missing}，但它们不是节点。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/structure.py" line="24" />
        <source>delete this connection or add the missing node</source>
        <translation>删除这条连接，或添加缺少的节点</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/structure.py" line="25" />
        <source>{node} has two connections into port {port}.</source>
        <translation>{node} 的端口 {port} 上有两条连接。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/structure.py" line="26" />
        <source>give each input its own port number</source>
        <translation>给每个输入一个自己的端口号</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/structure.py" line="27" />
        <source>The connection {src} -&gt; {node} gives port {port}, but {type} has a single input; the port is ignored.</source>
        <translation>连接 {src} -&gt; {node} 指定了端口 {port}，但 {type} 只有一个输入；该端口会被忽略。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/structure.py" line="29" />
        <source>remove "port" from this connection</source>
        <translation>从这条连接中删除“port”</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/structure.py" line="30" />
        <source>{node}'s inputs use ports {ports}: port {missing} has no connection.</source>
        <translation>{node} 的输入使用端口 {ports}：端口 {missing} 没有连接。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/structure.py" line="32" />
        <source>number the ports 0, 1, 2, ... in the order the inputs should go</source>
        <translation>按输入应有的顺序把端口编号为 0、1、2……</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/structure.py" line="34" />
        <source>The network is empty.</source>
        <translation>网络是空的。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/structure.py" line="35" />
        <source>add an Input layer and some layers after it</source>
        <translation>添加一个输入层，并在其后添加一些层</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/structure.py" line="36" />
        <source>The network has no Input layer, so no data can enter it.</source>
        <translation>网络没有输入层，因此数据无法进入。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/structure.py" line="37" />
        <source>add an Input layer and connect it to the first layer</source>
        <translation>添加一个输入层并把它连接到第一个层</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/structure.py" line="38" />
        <source>{node} is a second Input layer; a network has exactly one (the first is {first}).</source>
        <translation>{node} 是第二个输入层；一个网络只能有一个输入层（第一个是 {first}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/structure.py" line="40" />
        <source>delete {node}</source>
        <translation>删除 {node}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/structure.py" line="41" />
        <source>{node} is an Input layer but receives a connection from {src}.</source>
        <translation>{node} 是输入层，却接收来自 {src} 的连接。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/structure.py" line="43" />
        <source>remove the connections into it</source>
        <translation>删除连入它的连接</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/structure.py" line="44" />
        <source>{node} is not connected to anything.</source>
        <translation>{node} 没有连接到任何层。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/structure.py" line="45" />
        <source>connect it or delete it</source>
        <translation>连接它或删除它</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/structure.py" line="46" />
        <source>{node} has no input.</source>
        <translation>{node} 没有输入。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/structure.py" line="47" />
        <source>connect a layer's output to it</source>
        <translation>把某个层的输出连接到它</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/structure.py" line="48" />
        <source>{node} ({type}) needs at least {minimum} inputs but receives {count}.</source>
        <translation>{node}（{type}）至少需要 {minimum} 个输入，但只收到 {count} 个。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/structure.py" line="50" />
        <source>connect another branch to it, or delete it</source>
        <translation>再连接一个分支到它，或删除它</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/structure.py" line="51" />
        <source>{node} ({type}) takes one input but receives {count} (from {sources}).</source>
        <translation>{node}（{type}）只接受一个输入，但收到 {count} 个（来自 {sources}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/structure.py" line="53" />
        <source>keep one connection, or join the branches first with an Add or Concat layer</source>
        <translation>只保留一条连接，或先用 Add 或 Concat 层合并这些分支</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/structure.py" line="55" />
        <source>Unknown key '{key}' is kept but not used by this version of netstudio.</source>
        <translation>未知的键“{key}”会被保留，但此版本的 netstudio 不使用它。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/structure.py" line="57" />
        <source>check its spelling or remove it</source>
        <translation>检查拼写或删除它</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/task.py" line="13" />
        <source>{node} has shape {shape}, but {dataset} images are {expected}.</source>
        <translation>{node} 的形状是 {shape}，但 {dataset} 的图像是 {expected}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/task.py" line="15" />
        <source>set shape to {expected}</source>
        <translation>把 shape 设为 {expected}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/task.py" line="16" />
        <source>{node} is not connected to any layer.</source>
        <translation>{node} 没有连接到任何层。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/task.py" line="17" />
        <source>{node} is the only layer: there is nothing to train.</source>
        <translation>{node} 是唯一的层：没有可训练的内容。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/task.py" line="18" />
        <source>add layers after it and connect them</source>
        <translation>在它之后添加层并连接起来</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/task.py" line="19" />
        <source>The network has {count} outputs ({outputs}); {node} is one of them. Every layer except the last must feed another layer.</source>
        <translation>网络有 {count} 个输出（{outputs}）；{node} 是其中之一。除最后一层外，每个层都必须连到另一个层。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/task.py" line="22" />
        <source>connect the extra outputs onward (e.g. into an Add) or delete them</source>
        <translation>把多余的输出继续连接下去（例如连入 Add），或删除它们</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/task.py" line="24" />
        <source>{node} outputs {shape}, but {dataset} has {classes} classes, so the output must be [{classes}] (one score per class).</source>
        <translation>{node} 输出 {shape}，但 {dataset} 有 {classes} 个类别，所以输出必须是 [{classes}]（每个类别一个分数）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/task.py" line="27" />
        <source>set {node}'s out_features to {classes}</source>
        <translation>把 {node} 的 out_features 设为 {classes}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/task.py" line="28" />
        <source>end the network with a Linear layer with out_features {classes}</source>
        <translation>在网络末尾加一个 out_features 为 {classes} 的 Linear 层</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/task.py" line="30" />
        <source>add a Flatten layer and a Linear layer with out_features {classes}</source>
        <translation>添加一个 Flatten 层和一个 out_features 为 {classes} 的 Linear 层</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/task.py" line="32" />
        <source>{node} outputs {shape}, but a reconstruction must give back the input's shape {expected}.</source>
        <translation>{node} 输出 {shape}，但重建任务必须还原输入的形状 {expected}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/task.py" line="34" />
        <source>change the decoder layers so the output matches the input</source>
        <translation>修改解码器的层，使输出与输入一致</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/task.py" line="36" />
        <source>{loss} is unusual for classification: the targets are class labels.</source>
        <translation>{loss} 很少用于分类：分类的目标是类别标签。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/task.py" line="38" />
        <source>use CrossEntropyLoss</source>
        <translation>使用 CrossEntropyLoss</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/task.py" line="39" />
        <source>The network ends with {last} ({node}), but CrossEntropyLoss applies log-softmax itself; remove the Softmax.</source>
        <translation>网络以 {last}（{node}）结尾，但 CrossEntropyLoss 自己会做 log-softmax；请删除 Softmax。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/task.py" line="42" />
        <source>delete {node} (or use NLLLoss after LogSoftmax)</source>
        <translation>删除 {node}（或在 LogSoftmax 之后使用 NLLLoss）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/task.py" line="43" />
        <source>The network ends with Sigmoid ({node}), but BCEWithLogitsLoss applies the sigmoid itself.</source>
        <translation>网络以 Sigmoid（{node}）结尾，但 BCEWithLogitsLoss 自己会做 sigmoid。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/task.py" line="45" />
        <source>delete {node}, or keep it and use BCELoss</source>
        <translation>删除 {node}，或保留它并使用 BCELoss</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/task.py" line="46" />
        <source>BCELoss needs outputs between 0 and 1, but the network ends with {last} ({node}).</source>
        <translation>BCELoss 需要 0 到 1 之间的输出，但网络以 {last}（{node}）结尾。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/task.py" line="48" />
        <source>add a Sigmoid at the end, or use BCEWithLogitsLoss</source>
        <translation>在末尾添加 Sigmoid，或使用 BCEWithLogitsLoss</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/task.py" line="49" />
        <source>NLLLoss expects log-probabilities, but the network ends with {last} ({node}), not LogSoftmax.</source>
        <translation>NLLLoss 需要对数概率，但网络以 {last}（{node}）结尾，而不是 LogSoftmax。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/task.py" line="51" />
        <source>add a LogSoftmax layer at the end, or use CrossEntropyLoss</source>
        <translation>在末尾添加 LogSoftmax 层，或使用 CrossEntropyLoss</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/compiler.py" line="21" />
        <source>the network needs exactly one Input node, found {count}.</source>
        <translation>网络必须恰好有一个 Input 节点，但找到了 {count} 个。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/compiler.py" line="22" />
        <source>the network needs exactly one output (a node nothing reads from), found {count}: {nodes}.</source>
        <translation>网络必须恰好有一个输出（没有其他节点读取它的节点），但找到了 {count} 个：{nodes}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/compiler.py" line="24" />
        <source>{node}: layer type {type} cannot be built.</source>
        <translation>{node}：无法构建层类型 {type}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/compiler.py" line="25" />
        <source>the network cannot be built:
  {problems}</source>
        <translation>无法构建网络：
  {problems}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/compiler.py" line="26" />
        <source>{node}: {message}</source>
        <translation>{node}：{message}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/compiler.py" line="27" />
        <source>{node}: {message} Fix: {fix}</source>
        <translation>{node}：{message} 修改方法：{fix}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/compiler.py" line="28" />
        <source>{node}: layer type {type} did not build a module.</source>
        <translation>{node}：层类型 {type} 没有构建出模块。</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <location filename="../../netstudio/gui/inspect/confusion.py" line="31" />
        <source>Colour: count (log scale)</source>
        <translation>颜色：数量（对数刻度）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/confusion.py" line="32" />
        <source>Colour: row share</source>
        <translation>颜色：行内占比</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/confusion.py" line="34" />
        <source>Colour: the count, on a log scale</source>
        <translation>颜色：数量，对数刻度</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/confusion.py" line="35" />
        <source>Colour: the share of the true class (each row adds up to 100%)</source>
        <translation>颜色：占真实类别的比例（每行合计 100%）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/confusion.py" line="66" />
        <source>Log scale: every count gets its own shade, so a few mistakes stand out from none. Share: each row adds up to 100%, so rare classes read as clearly.</source>
        <translation>对数刻度：每个数量都有自己的深浅，少量错误也能与零区分开。比例：每行合计 100%，稀有类别同样清晰可读。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/confusion.py" line="69" />
        <source>Show all mistakes</source>
        <translation>显示全部错误</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/confusion.py" line="77" />
        <source>true label</source>
        <translation>真实标签</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/confusion.py" line="78" />
        <source>predicted label</source>
        <translation>预测标签</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/confusion.py" line="135" />
        <source>Train a classifier to see which digits it confuses.</source>
        <translation>训练一个分类器，看看它会把哪些数字混淆。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/confusion.py" line="159" />
        <source>{0} test images, {1} wrong. Rows: the true class, columns: what the network said. Click a cell for its images.</source>
        <translation>{0} 张测试图像，{1} 张出错。行：真实类别；列：网络的判断。单击单元格查看对应图像。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/confusion.py" line="238" />
        <source>Hover a cell for its count, or press Ctrl+Shift+M for a bigger view.</source>
        <translation>将鼠标悬停在单元格上查看数量，或按 Ctrl+Shift+M 放大视图。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/confusion.py" line="260" />
        <source>true {0}, predicted {1}: {2} images ({3} of the {0}s)</source>
        <translation>真实 {0}，预测 {1}：{2} 张图像（占所有 {0} 的 {3}）</translation>
    </message>
</context>
<context>
    <name>CopyStrip</name>
    <message>
        <location filename="../../netstudio/gui/training/run_copier.py" line="100" />
        <source>Copying run {0} of {1}: {2} of {3}</source>
        <translation>复制运行 {0}/{1}：{2} / {3}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_copier.py" line="102" />
        <source>Copying runs to {0}: {1} of {2} ({3}), {4} of {5}.</source>
        <translation>正在把运行复制到 {0}：第 {1} 个，共 {2} 个（{3}），已复制 {4}，共 {5}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_copier.py" line="111" />
        <source>{0} run(s) still training: copied when done.</source>
        <translation>{0} 个运行仍在训练：结束后复制。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_copier.py" line="113" />
        <source>{0} run(s) still training: copied to {1} when they end (also if this window is closed first: then when the project is opened again).</source>
        <translation>{0} 个运行仍在训练：结束后会复制到 {1}（如果此窗口先关闭，则在下次打开项目时复制）。</translation>
    </message>
</context>
<context>
    <name>CrashRecovery</name>
    <message>
        <location filename="../../netstudio/gui/crash_recovery.py" line="64" />
        <source>netstudio did not close normally. It kept:
%1</source>
        <translation>netstudio 上次没有正常关闭。它保留了：
%1</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/crash_recovery.py" line="65" />
        <source>Restore: open them again, as unsaved work.
Discard: delete them.
Later: keep them and ask again at the next start.</source>
        <translation>恢复：重新打开它们，作为未保存的工作。
丢弃：删除它们。
以后再说：保留它们，下次启动时再问。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/crash_recovery.py" line="73" />
        <source>Recover after a crash?</source>
        <translation>从崩溃中恢复？</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/crash_recovery.py" line="76" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/crash_recovery.py" line="77" />
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/crash_recovery.py" line="78" />
        <source>Later</source>
        <translation>以后再说</translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message>
        <location filename="../../netstudio/core/data/catalog.py" line="11" />
        <source>MNIST handwritten digits</source>
        <translation>MNIST 手写数字</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/catalog.py" line="12" />
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/catalog.py" line="13" />
        <source>Kuzushiji-MNIST</source>
        <translation>KMNIST（日文草书）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/catalog.py" line="14" />
        <source>CIFAR-10</source>
        <translation>CIFAR-10</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/catalog.py" line="15" />
        <source>IDX files</source>
        <translation>IDX 文件</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/downloads.py" line="63" />
        <source>{dataset} is not on this computer yet and could not be downloaded. When online, netstudio downloads it by itself (netstudio train does; pass --no-download to forbid it). Offline, copy these files into {folder}: {files} (set NETSTUDIO_CACHE to use another cache folder), or use the bundled "mnist" dataset.</source>
        <translation>这台计算机上还没有 {dataset}，而且无法下载。联网时 netstudio 会自动下载（netstudio train 会这样做；用 --no-download 可禁止下载）。离线时，请把这些文件复制到 {folder}：{files}（设置 NETSTUDIO_CACHE 可使用其他缓存文件夹），或使用自带的“mnist”数据集。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/downloads.py" line="68" />
        <source>{url}: the download is damaged (md5 mismatch); try again.</source>
        <translation>{url}：下载的文件已损坏（md5 不匹配）；请重试。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/downloads.py" line="70" />
        <source>{folder}: the {dataset} files are damaged ({error}); delete the folder and let netstudio download them again.</source>
        <translation>{folder}：{dataset} 的文件已损坏（{error}）；请删除该文件夹，让 netstudio 重新下载。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/folder.py" line="24" />
        <source>{folder}: no images (.png, .jpg, .bmp, .gif, .webp) in this class folder.</source>
        <translation>{folder}：这个类别文件夹中没有图像（.png、.jpg、.bmp、.gif、.webp）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/folder.py" line="26" />
        <source>{file}: not a readable image; remove it or replace it.</source>
        <translation>{file}：不是可读取的图像；请删除或替换它。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/loading.py" line="40" />
        <source>{field} must list at least {n} names (the labels go up to {top}).</source>
        <translation>{field} 至少要列出 {n} 个名称（标签最大为 {top}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/loading.py" line="42" />
        <source>The {dataset} training set is empty.</source>
        <translation>{dataset} 的训练集是空的。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/probe.py" line="24" />
        <source>{field}: {path} does not exist.</source>
        <translation>{field}：{path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/probe.py" line="25" />
        <source>check {field} (a relative path starts at the project file's folder)</source>
        <translation>检查 {field}（相对路径从项目文件所在的文件夹算起）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/probe.py" line="27" />
        <source>{field}: {path} is not a file.</source>
        <translation>{field}：{path} 不是文件。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/probe.py" line="28" />
        <source>set {field} to an IDX file (.idx or .gz)</source>
        <translation>把 {field} 设为一个 IDX 文件（.idx 或 .gz）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/probe.py" line="29" />
        <source>{field}: {path} is not a folder.</source>
        <translation>{field}：{path} 不是文件夹。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/probe.py" line="30" />
        <source>set {field} to a folder with one subfolder of images per class</source>
        <translation>把 {field} 设为每个类别一个图像子文件夹的文件夹</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/probe.py" line="32" />
        <source>{field}: {path} cannot be read ({reason}).</source>
        <translation>{field}：无法读取 {path}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/probe.py" line="33" />
        <source>check that the file can be read</source>
        <translation>检查该文件是否可读</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/probe.py" line="34" />
        <source>{field}: {path} is not an IDX file (it must start with two zero bytes).</source>
        <translation>{field}：{path} 不是 IDX 文件（它必须以两个零字节开头）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/probe.py" line="36" />
        <source>{field}: {path} has IDX type code {type_code}, but netstudio reads unsigned-byte IDX files (type 0x08).</source>
        <translation>{field}：{path} 的 IDX 类型码为 {type_code}，但 netstudio 只读取无符号字节的 IDX 文件（类型 0x08）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/probe.py" line="38" />
        <source>{field}: {path} ends inside its IDX header; the file is damaged or cut short.</source>
        <translation>{field}：{path} 在 IDX 文件头中间就结束了；文件已损坏或不完整。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/probe.py" line="40" />
        <source>{field}: {path}: the header promises {expected} values of shape {shape}, but the file holds {actual}; the file is damaged.</source>
        <translation>{field}：{path}：文件头声明有形状为 {shape} 的 {expected} 个值，但文件中有 {actual} 个；文件已损坏。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/probe.py" line="43" />
        <source>{field}: {path} is a damaged .gz file.</source>
        <translation>{field}：{path} 是一个损坏的 .gz 文件。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/probe.py" line="44" />
        <source>download or copy the file again</source>
        <translation>重新下载或复制该文件</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/probe.py" line="45" />
        <source>{field}: {path} needs at least two subfolders, one per class (found {found}).</source>
        <translation>{field}：{path} 至少需要两个子文件夹，每个类别一个（找到 {found} 个）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/probe.py" line="47" />
        <source>put the images of each class in a subfolder named after the class</source>
        <translation>把每个类别的图像放到以类别命名的子文件夹中</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/data.py" line="68" />
        <source>{field}: {path} holds values of shape {shape}; images must be [N, rows, cols] or [N, channels, rows, cols].</source>
        <translation>{field}：{path} 中数据的形状为 {shape}；图像必须是 [N, 行, 列] 或 [N, 通道, 行, 列]。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/data.py" line="70" />
        <source>{field}: {path} holds values of shape {shape}; labels must be [N].</source>
        <translation>{field}：{path} 中数据的形状为 {shape}；标签必须是 [N]。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/data.py" line="72" />
        <source>{images} has {n_images} images but {labels} has {n_labels} labels; they must match one to one.</source>
        <translation>{images} 有 {n_images} 张图像，但 {labels} 有 {n_labels} 个标签；两者必须一一对应。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/data.py" line="74" />
        <source>{field}: test images are {test} but training images are {train}; they must match.</source>
        <translation>{field}：测试图像是 {test}，但训练图像是 {train}；两者必须一致。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/data.py" line="76" />
        <source>use files that belong together</source>
        <translation>使用相互配套的文件</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/file_messages.py" line="5" />
        <source>{path}: not an IDX file (it must start with two zero bytes).</source>
        <translation>{path}：不是 IDX 文件（它必须以两个零字节开头）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/file_messages.py" line="9" />
        <source>{path}: IDX type code 0x{head:02x} is not supported; netstudio reads unsigned-byte IDX files (type 0x08).</source>
        <translation>{path}：不支持 IDX 类型码 0x{head:02x}；netstudio 只读取无符号字节的 IDX 文件（类型 0x08）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/file_messages.py" line="14" />
        <source>{path}: the IDX header is cut short.</source>
        <translation>{path}：IDX 文件头不完整。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/file_messages.py" line="15" />
        <source>{labels}: expected labels of shape [N], found {list}.</source>
        <translation>{labels}：标签的形状应为 [N]，实际为 {list}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/file_messages.py" line="19" />
        <source>{images} has {count} images but {labels} has {count2} labels; they must match one to one.</source>
        <translation>{images} 有 {count} 张图像，但 {labels} 有 {count2} 个标签；两者必须一一对应。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/file_messages.py" line="24" />
        <source>{path}: no such file. Check the path.</source>
        <translation>{path}：文件不存在。请检查路径。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/file_messages.py" line="25" />
        <source>{path}: cannot be read ({reason}).</source>
        <translation>{path}：无法读取（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/file_messages.py" line="26" />
        <source>{path}: a damaged .gz file; download it again.</source>
        <translation>{path}：.gz 文件已损坏；请重新下载。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/file_messages.py" line="30" />
        <source>{images}: expected images of shape [N, rows, cols], found {list}.</source>
        <translation>{images}：图像的形状应为 [N, rows, cols]，实际为 {list}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/file_messages.py" line="34" />
        <source>{path}: the header declares {count:,} values of shape {list}, more than the {max_values:,} netstudio loads from one file; the file is damaged or too big.</source>
        <translation>{path}：文件头声明了 {count:,} 个形状为 {list} 的值，超过了 netstudio 从单个文件加载的上限 {max_values:,}；文件已损坏或过大。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/data/file_messages.py" line="40" />
        <source>data.resize {list} makes the images take {value:.1f} GB of memory, more than netstudio loads ({value2:.0f} GB); choose a smaller size such as [64, 64].</source>
        <translation>data.resize {list} 会使图像占用 {value:.1f} GB 内存，超过了 netstudio 的加载上限（{value2:.0f} GB）；请选择更小的尺寸，例如 [64, 64]。</translation>
    </message>
</context>
<context>
    <name>Deploy</name>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="5" />
        <source>folder {parent} does not exist; create it first.</source>
        <translation>文件夹 {parent} 不存在；请先创建它。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="9" />
        <source>{target} is a file; give --bundle a new folder.</source>
        <translation>{target} 是一个文件；请为 --bundle 指定一个新文件夹。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="13" />
        <source>{target} already holds other files ({names}); give --bundle a new or empty folder.</source>
        <translation>{target} 中已有其他文件（{names}）；请为 --bundle 指定一个新的或空的文件夹。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="18" />
        <source>cannot write the bundle to {target} ({reason}).</source>
        <translation>无法把部署包写入 {target}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="19" />
        <source>'original' names the run's own network; choose another name.</source>
        <translation>'original' 指的是该运行自身的网络；请换一个名称。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="23" />
        <source>only classification networks can be compressed and served (this run's task is {task!r}).</source>
        <translation>只有分类网络可以压缩和部署（该运行的任务是 {task!r}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="28" />
        <source>the run's data has no test images to measure accuracy on.</source>
        <translation>该运行的数据中没有可用于测量准确率的测试图像。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="38" />
        <source>fine-tuning failed: {message}</source>
        <translation>微调失败：{message}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="39" />
        <source>the run's training settings cannot be used to fine-tune ({error}).</source>
        <translation>该运行的训练设置无法用于微调（{error}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="43" />
        <source>int8 quantization needs onnxruntime ({error}). Install it with: pip install 'netstudio[deploy]'</source>
        <translation>int8 量化需要 onnxruntime（{error}）。安装方法：pip install 'netstudio[deploy]'</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="48" />
        <source>ONNX Runtime could not quantize this network ({error}: {value}).</source>
        <translation>ONNX Runtime 无法量化这个网络（{error}：{value}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="52" />
        <source>unknown quantization method {method!r}; use static or dynamic.</source>
        <translation>未知的量化方法 {method!r}；请使用 static 或 dynamic。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="56" />
        <source>{run_dir}: no variant {name!r} (variants: {names}). Make it with netstudio compress.</source>
        <translation>{run_dir}：没有名为 {name!r} 的变体（现有变体：{names}）。请用 netstudio compress 生成它。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="61" />
        <source>{path}: not a JSON object.</source>
        <translation>{path}：不是 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="62" />
        <source>{folder}: no such run, variant or bundle folder.</source>
        <translation>{folder}：没有这样的运行、变体或部署包文件夹。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="66" />
        <source>{path}: cannot be read ({error}).</source>
        <translation>{path}：无法读取（{error}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="67" />
        <source>{folder}: no {metadata} beside it (it names the classes and input); serve its run or bundle folder instead.</source>
        <translation>{folder}：旁边没有 {metadata}（它记录类别和输入）；请改为部署它所在的运行或部署包文件夹。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="72" />
        <source>{folder}: a damaged variant ({record} unreadable, or {model} missing or changed since it was made); make it again with netstudio compress.</source>
        <translation>{folder}：变体已损坏（{record} 无法读取，或 {model} 缺失或在生成后被改动）；请用 netstudio compress 重新生成。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="77" />
        <source>{path}: the run is {status}; only a finished (or stopped) run has trained weights to ship.</source>
        <translation>{path}：该运行的状态是 {status}；只有已完成（或已停止）的运行才有可发布的训练权重。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="82" />
        <source>{error} Give a run folder (it holds run.json, project.nsproj.json and model.pt) or FILE --run ID.</source>
        <translation>{error} 请给出一个运行文件夹（其中有 run.json、project.nsproj.json 和 model.pt），或使用 FILE --run ID。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="87" />
        <source>{run_dir}: the run's network cannot be built ({error}).</source>
        <translation>{run_dir}：无法构建该运行的网络（{error}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="91" />
        <source>{run_dir}: the weights do not fit the run's network ({strip}).</source>
        <translation>{run_dir}：权重与该运行的网络不匹配（{strip}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="95" />
        <source>cannot write in {root} ({reason}): variants, and the measured original, are kept in the run's folder. Copy the run folder to a place you can write and give the copy.</source>
        <translation>无法在 {root} 中写入（{reason}）：变体以及测量过的原始网络都保存在该运行的文件夹中。请把运行文件夹复制到可写的位置，再给出这个副本。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="166" />
        <source>{file} is a project file: name one of its runs with --run ID (netstudio runs {file} lists them), or give a run folder.</source>
        <translation>{file} 是项目文件：请用 --run ID 指定它的一次运行（netstudio runs {file} 会列出它们），或给出一个运行文件夹。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="171" />
        <source>--run {run}: {folder} is a folder; --run goes with the project file (FILE.nsproj.json). Give the run folder alone, without --run.</source>
        <translation>--run {run}：{folder} 是文件夹；--run 要与项目文件（FILE.nsproj.json）一起使用。请只给出运行文件夹，不要加 --run。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="100" />
        <source>the network has no Conv or Linear weights to prune.</source>
        <translation>网络中没有可剪枝的 Conv 或 Linear 权重。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="32" />
        <source>the run's data cannot be loaded: {error} Compressing and measuring need the images the run was trained and tested on: put them back where the run found them. (Serving and bundling a variant made earlier do not need them.)</source>
        <translation>无法加载该运行的数据：{error} 压缩和测量需要该运行训练和测试时用过的图像：请把它们放回该运行当初读取它们的位置。（部署或打包之前生成的变体不需要它们。）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="104" />
        <source>the share of channels to remove must be between 0 and 1.</source>
        <translation>要移除的通道比例必须在 0 到 1 之间。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="108" />
        <source>no layer of this network can lose channels: structured pruning needs a Conv or Linear layer followed (through activations, pooling or batch norm only) by another Conv or Linear.</source>
        <translation>这个网络中没有可以删减通道的层：结构化剪枝需要一个 Conv 或 Linear 层，其后（中间只隔着激活、池化或批归一化）再接另一个 Conv 或 Linear 层。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="114" />
        <source>cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="115" />
        <source>loading the run's data</source>
        <translation>正在加载该运行的数据</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="116" />
        <source>pruning {share:.0%}</source>
        <translation>正在剪枝 {share:.0%}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="117" />
        <source>pruning {share:.0%} of the channels</source>
        <translation>正在剪去 {share:.0%} 的通道</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="118" />
        <source>pruning {share:.0%} of the weights</source>
        <translation>正在剪去 {share:.0%} 的权重</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="119" />
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="120" />
        <source>fine-tuning: epoch {epoch}/{epochs} done</source>
        <translation>微调：第 {epoch}/{epochs} 轮完成</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="121" />
        <source>fine-tuning for {epochs} epoch(s)</source>
        <translation>正在微调 {epochs} 轮</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="122" />
        <source>{name}: exporting to ONNX</source>
        <translation>{name}：正在导出为 ONNX</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="123" />
        <source>{name}: quantizing to int8 ({method})</source>
        <translation>{name}：正在量化为 int8（{method}）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="124" />
        <source>{name}: measuring</source>
        <translation>{name}：正在测量</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="125" />
        <source>{name}: done</source>
        <translation>{name}：完成</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="126" />
        <source>{name} is slower than the float network on this CPU ({latency}x its time per image at batch 1, {throughput}x its images/s at batch 64): in a small network, converting activations to and from int8 can cost more than the int8 arithmetic saves.</source>
        <translation>在这台 CPU 上，{name} 比浮点网络慢（批大小 1 时每张图像耗时为其 {latency} 倍，批大小 64 时每秒图像数为其 {throughput} 倍）：在小网络中，激活值与 int8 之间来回转换的开销可能超过 int8 运算节省的时间。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="132" />
        <source>{name} is about as fast as the float network on this CPU ({latency}x its time per image at batch 1, {throughput}x its images/s at batch 64): most of the work is in the layers it keeps in float ({layers}), which would be slower in int8; its gain is the smaller file.</source>
        <translation>在这台 CPU 上，{name} 与浮点网络速度相当（批大小 1 时每张图像耗时为其 {latency} 倍，批大小 64 时每秒图像数为其 {throughput} 倍）：大部分计算在保留为浮点的层（{layers}）中，这些层用 int8 反而更慢；它的收益是文件更小。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="138" />
        <source>{error} Make the variant again with netstudio compress.</source>
        <translation>{error} 请用 netstudio compress 重新生成该变体。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="142" />
        <source>--host {host}: not an address or a known host name; give an address of this machine such as 127.0.0.1 (this machine only) or 0.0.0.0 (every network).</source>
        <translation>--host {host}：不是地址，也不是已知的主机名；请给出本机的地址，例如 127.0.0.1（仅本机）或 0.0.0.0（所有网络）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="147" />
        <source>--host {host}: not an address of this machine; give 127.0.0.1 (this machine only), 0.0.0.0 (every network) or one of this machine's addresses.</source>
        <translation>--host {host}：不是本机的地址；请给出 127.0.0.1（仅本机）、0.0.0.0（所有网络）或本机的某个地址。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="152" />
        <source>port {port} on {host} is in use by another program (perhaps a server started earlier); stop it or choose another port with --port.</source>
        <translation>{host} 上的端口 {port} 已被其他程序占用（也许是之前启动的服务器）；请停止它，或用 --port 选择其他端口。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="157" />
        <source>the server cannot listen on {host}:{port} ({reason}); choose another --port (ports below 1024 need administrator rights).</source>
        <translation>服务器无法在 {host}:{port} 上监听（{reason}）；请选择其他 --port（1024 以下的端口需要管理员权限）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/messages.py" line="162" />
        <source>--threads {threads}: give a whole number from 1 to 64.</source>
        <translation>--threads {threads}：请给出 1 到 64 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/service_answers.py" line="16" />
        <source>The served model refused the drawing (HTTP {status}): {detail}</source>
        <translation>部署的模型拒绝了这幅图（HTTP {status}）：{detail}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/service_answers.py" line="21" />
        <source>the uploaded file is empty; send a PNG, JPEG or BMP image.</source>
        <translation>上传的文件是空的；请发送 PNG、JPEG 或 BMP 图像。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/service_answers.py" line="22" />
        <source>this model takes {channels}-channel input; send JSON pixels instead of an image.</source>
        <translation>这个模型的输入有 {channels} 个通道；请改为发送 JSON 像素，而不是图像文件。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/service_answers.py" line="24" />
        <source>{kind} images are not accepted; send PNG, JPEG or BMP.</source>
        <translation>不接受 {kind} 图像；请发送 PNG、JPEG 或 BMP。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/service_answers.py" line="25" />
        <source>the image is {width}x{height} pixels; at most {millions} million pixels are accepted.</source>
        <translation>图像为 {width}x{height} 像素；最多接受 {millions} 百万像素。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/service_answers.py" line="27" />
        <source>the image declares more pixels than can be decoded safely; at most {millions} million pixels are accepted.</source>
        <translation>图像声明的像素数超过了可安全解码的范围；最多接受 {millions} 百万像素。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/service_answers.py" line="29" />
        <source>the file is not an image that can be read (PNG, JPEG or BMP expected).</source>
        <translation>该文件不是可读取的图像（应为 PNG、JPEG 或 BMP）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/service_answers.py" line="31" />
        <source>the JSON needs "pixels": an array of {height} rows of {width} numbers.</source>
        <translation>JSON 需要 "pixels"：一个 {height} 行、每行 {width} 个数的数组。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/service_answers.py" line="33" />
        <source>"pixels" must be a rectangular array of numbers (every row the same length).</source>
        <translation>"pixels" 必须是矩形的数字数组（每一行长度相同）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/service_answers.py" line="35" />
        <source>"pixels" must be an array of numbers (no text, true/false or null).</source>
        <translation>"pixels" 必须是数字数组（不能有文本、true/false 或 null）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/service_answers.py" line="37" />
        <source>"pixels" is empty.</source>
        <translation>"pixels" 是空的。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/service_answers.py" line="38" />
        <source>"pixels" has {dims} dimensions; send [H][W] or [C][H][W] ({channels} x {height} x {width}).</source>
        <translation>"pixels" 有 {dims} 个维度；请发送 [H][W] 或 [C][H][W]（{channels} x {height} x {width}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/service_answers.py" line="40" />
        <source>wrong channels: "pixels" has {got} channel(s) but this model takes {channels}.</source>
        <translation>通道数不对："pixels" 有 {got} 个通道，但这个模型需要 {channels} 个。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/service_answers.py" line="42" />
        <source>"pixels" is {got_height} x {got_width}; this model takes {height} x {width}.</source>
        <translation>"pixels" 的大小是 {got_height} x {got_width}；这个模型需要 {height} x {width}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/service_answers.py" line="44" />
        <source>"pixels" holds NaN or infinite values.</source>
        <translation>"pixels" 中含有 NaN 或无穷大的值。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/service_answers.py" line="45" />
        <source>"pixels" values must be in 0..1 (or 0..255).</source>
        <translation>"pixels" 的值必须在 0..1（或 0..255）之间。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/service_answers.py" line="46" />
        <source>the request is too large: at most {size} are accepted.</source>
        <translation>请求太大：最多接受 {size}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/service_answers.py" line="47" />
        <source>the form could not be read ({error}).</source>
        <translation>无法读取表单（{error}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/service_answers.py" line="48" />
        <source>no image in the form: send it in the field {field} (fields received: {fields}).</source>
        <translation>表单中没有图像：请放在字段 {field} 中发送（收到的字段：{fields}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/service_answers.py" line="50" />
        <source>send one image to /predict, or several to /predict/batch.</source>
        <translation>请向 /predict 发送一张图像，或向 /predict/batch 发送多张。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/service_answers.py" line="51" />
        <source>the request is empty: send an image (multipart field 'file') or JSON {{"pixels": [...]}}.</source>
        <translation>请求是空的：请发送一张图像（multipart 字段 'file'）或 JSON {{"pixels": [...]}}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/service_answers.py" line="53" />
        <source>unsupported content type {kind}: send multipart/form-data (an image file) or application/json (pixels).</source>
        <translation>不支持的内容类型 {kind}：请发送 multipart/form-data（图像文件）或 application/json（像素）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/service_answers.py" line="55" />
        <source>the body is not valid JSON.</source>
        <translation>请求体不是有效的 JSON。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/service_answers.py" line="56" />
        <source>send a JSON object such as {{"pixels": [[...]]}}.</source>
        <translation>请发送一个 JSON 对象，例如 {{"pixels": [[...]]}}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/service_answers.py" line="57" />
        <source>the JSON needs "images": a list of pixel arrays.</source>
        <translation>JSON 需要 "images"：一个像素数组的列表。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/service_answers.py" line="58" />
        <source>{count} images: at most {most} per request.</source>
        <translation>{count} 张图像：每个请求最多 {most} 张。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/deploy/service_answers.py" line="59" />
        <source>image {number}: {detail}</source>
        <translation>第 {number} 张图像：{detail}</translation>
    </message>
</context>
<context>
    <name>DeployInstall</name>
    <message>
        <location filename="../../netstudio/gui/deploy/install.py" line="43" />
        <source>Deploy</source>
        <translation>部署</translation>
    </message>
</context>
<context>
    <name>DeployPanel</name>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="49" />
        <location filename="../../netstudio/gui/deploy/panel.py" line="209" />
        <source>Variant</source>
        <translation>变体</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="55" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="50" />
        <source>Test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="51" />
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="52" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="56" />
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="57" />
        <source>Non-zero</source>
        <translation>非零</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="53" />
        <source>ms / image</source>
        <translation>毫秒/图像</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="54" />
        <source>Images/s (batch 64)</source>
        <translation>图像/秒（批量 64）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="58" />
        <source>torch ms / image</source>
        <translation>torch 毫秒/图像</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="98" />
        <source>Open run folder...</source>
        <translation>打开运行文件夹…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="101" />
        <source>Make int8</source>
        <translation>生成 int8</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="102" />
        <source>Quantize to 8-bit integers with onnxruntime, calibrated on 256 training images.</source>
        <translation>用 onnxruntime 量化为 8 位整数，使用 256 张训练图像校准。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="117" />
        <source>fine-tune </source>
        <translation>微调 </translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="118" />
        <source> epoch(s)</source>
        <translation> 轮</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="119" />
        <source>Make pruned</source>
        <translation>生成剪枝版</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="121" />
        <location filename="../../netstudio/gui/deploy/panel.py" line="225" />
        <source>Accuracy vs sparsity</source>
        <translation>准确率与稀疏度</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="122" />
        <source>Prune at 10% ... 95% and plot the test accuracy (no fine-tune; nothing is stored).</source>
        <translation>以 10% … 95% 剪枝并绘制测试准确率（不微调；不保存）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="125" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="143" />
        <source>weights removed (%)</source>
        <translation>已删除的权重（%）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="144" />
        <source>test accuracy (%)</source>
        <translation>测试准确率（%）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="154" />
        <location filename="../../netstudio/gui/deploy/panel.py" line="461" />
        <location filename="../../netstudio/gui/deploy/panel.py" line="468" />
        <source>Start server</source>
        <translation>启动服务</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="156" />
        <location filename="../../netstudio/gui/deploy/panel.py" line="462" />
        <source>Not serving.</source>
        <translation>未在服务。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="219" />
        <source>Compress</source>
        <translation>压缩</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="199" />
        <source>Prune</source>
        <translation>剪枝</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="110" />
        <source>Whole channels (smaller layers)</source>
        <translation>整个通道（层变小）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="111" />
        <source>Remove that share of the output channels of every layer that can lose them: the layers really get smaller. Unticked: zero that share of the smallest weights (same size, fewer non-zeros).</source>
        <translation>在每个可以删减通道的层中删除这一比例的输出通道：层真的变小。不勾选时：把这一比例的最小权重置零（大小不变，非零值变少）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="160" />
        <source>Send drawings (Inspect &gt; Draw)</source>
        <translation>发送手写图（观察网络 &gt; 手写）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="161" />
        <source>Each drawing on Inspect &gt; Draw is sent to the running server; its answer shows under the pad and here.</source>
        <translation>“观察网络 &gt; 手写”中的每幅图都会发送给正在运行的服务；它的回答显示在画板下方和这里。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="220" />
        <source>Serve</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="224" />
        <source>Variants</source>
        <translation>变体</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="260" />
        <source>Select a finished run in the run list (or open a run folder) to compress and serve it.</source>
        <translation>在运行列表中选择一个已完成的运行（或打开运行文件夹），即可压缩并提供服务。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="263" />
        <source>Run: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>运行：&lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="266" />
        <source>Measuring the run's network (first time only)...</source>
        <translation>正在测量该运行的网络（仅首次）…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="271" />
        <source>Open a run folder</source>
        <translation>打开运行文件夹</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="281" />
        <source>Quantizing to int8...</source>
        <translation>正在量化为 int8…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="290" />
        <source>Pruning...</source>
        <translation>正在剪枝…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="296" />
        <source>Pruning at several sparsities...</source>
        <translation>正在以多个稀疏度剪枝…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="318" />
        <source>{0} variant(s). Accuracy on {1} test images; speed: CPU time on one core of this CPU (median of repeated runs).</source>
        <translation>{0} 个变体。准确率基于 {1} 张测试图像；速度为本机 CPU 单核上的 CPU 时间（多次运行的中位数）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="333" />
        <source>Accuracy after pruning</source>
        <translation>剪枝后的准确率</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="334" />
        <source>Test accuracy after pruning that share of the weights, without fine-tuning. Dashed: the original network.</source>
        <translation>按该比例剪去权重（不微调）后的测试准确率。虚线：原始网络。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="343" />
        <source>Exporting {0}...</source>
        <translation>正在导出 {0}…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="352" />
        <source>Writing the bundle {0}...</source>
        <translation>正在写入部署包 {0}……</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="358" />
        <source>Exported the run's network to {0}.</source>
        <translation>已将该运行的网络导出到 {0}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="363" />
        <source>Wrote the bundle ({0}) to {1}. To serve it: cd there, pip install -r requirements.txt, python serve.py (its README.md has curl commands to try).</source>
        <translation>部署包（{0}）已写入 {1}。要启动服务：进入该文件夹，运行 pip install -r requirements.txt，再运行 python serve.py（其中的 README.md 有可直接试用的 curl 命令）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="369" />
        <source>Could not finish: {0}</source>
        <translation>未能完成：{0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="372" />
        <source>Measuring was cancelled. Make a variant to measure the run, or select it again in the run list.</source>
        <translation>已取消测量。生成一个变体即可测量该运行，或在运行列表中重新选择它。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="377" />
        <source>This run cannot be compressed or served: {0} Select another run in the run list, or open another run folder.</source>
        <translation>这次运行无法压缩或部署：{0} 请在运行列表中选择另一次运行，或打开另一个运行文件夹。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="407" />
        <source>{0} pt</source>
        <translation>{0} 百分点</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="433" />
        <source>int8 layers: {0}</source>
        <translation>int8 层：{0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="434" />
        <source>Kept in float: {0}</source>
        <translation>保留为浮点：{0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="450" />
        <source>Stop server</source>
        <translation>停止服务</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="451" />
        <source>Starting...</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="456" />
        <source>Serving at &lt;a href="{0}/docs"&gt;{0}&lt;/a&gt; (POST /predict)</source>
        <translation>服务地址 &lt;a href="{0}/docs"&gt;{0}&lt;/a&gt;（POST /predict）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="469" />
        <source>The server stopped: {0}</source>
        <translation>服务已停止：{0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="483" />
        <source>The served model ({0}) says &lt;b&gt;{1}&lt;/b&gt; ({2} sure).</source>
        <translation>服务中的模型（{0}）认为是 &lt;b&gt;{1}&lt;/b&gt;（把握 {2}）。</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPanel</name>
    <message>
        <location filename="../../netstudio/gui/panels/diagnostics.py" line="45" />
        <source>Fix: %1</source>
        <translation>修改方法：%1</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/diagnostics.py" line="54" />
        <source>No problems found.</source>
        <translation>没有发现问题。</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <location filename="../../netstudio/core/explain/doctor/findings.py" line="20" />
        <source>The loss jumped from {start} to {peak} at epoch {epoch} instead of going down: with learning rate {lr} each step overshoots the minimum. A smaller learning rate takes smaller steps that settle into it.</source>
        <translation>第 {epoch} 轮时损失从 {start} 跳到了 {peak}，而不是下降：学习率 {lr} 让每一步都越过了最低点。较小的学习率迈出较小的步子，才能落进最低点。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/explain/doctor/findings.py" line="25" />
        <source>The loss became NaN or infinite at epoch {epoch} (step {step}): training diverged. The learning rate {lr} makes the steps so large that the weights blow up.</source>
        <translation>第 {epoch} 轮（第 {step} 步）时损失变成了 NaN 或无穷大：训练发散了。学习率 {lr} 让步子太大，权重爆炸了。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/explain/doctor/findings.py" line="29" />
        <source>After {steps} steps the loss has barely moved ({start} to {end}) and each step changes the weights by only {ratio} of their size. The learning rate {lr} is too small: training crawls.</source>
        <translation>经过 {steps} 步，损失几乎没动（{start} 到 {end}），每一步只让权重改变它们大小的 {ratio}。学习率 {lr} 太小：训练像在爬。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/explain/doctor/findings.py" line="34" />
        <source>From epoch {epoch} the validation loss rises ({best} to {last}) while the training loss keeps falling: the network memorises its training images instead of learning what generalises. Regularisation or stopping earlier keeps the best model.</source>
        <translation>从第 {epoch} 轮起验证损失上升（{best} 到 {last}），而训练损失继续下降：网络在死记训练图片，而不是学习能推广的东西。正则化或提前停止可以保住最好的模型。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/explain/doctor/findings.py" line="39" />
        <source>After {epochs} epochs the network gets only {accuracy} of its own training images right and the loss has stopped improving. It is too small or too constrained for the task: give it more capacity.</source>
        <translation>训练 {epochs} 轮后，网络只认对了 {accuracy} 的训练图片，而且损失不再改善。对这个任务来说它太小或限制太多：给它更大的容量。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/explain/doctor/findings.py" line="44" />
        <source>{share} of the units of {node} output zero for every image, so they pass no gradient and have stopped learning ("dead ReLUs"). A too high learning rate often kills them; LeakyReLU keeps a small slope below zero.</source>
        <translation>{node} 中 {share} 的单元对每张图片都输出零，因此不传递梯度，已经停止学习（“死亡 ReLU”）。过高的学习率常常会杀死它们；LeakyReLU 在零以下保留一个小斜率。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/explain/doctor/findings.py" line="49" />
        <source>The gradients reaching {node} are {ratio} times smaller than those at {top}, so the early layers hardly learn. Stacked sigmoid/tanh layers shrink gradients at every layer; ReLU or BatchNorm keeps them alive.</source>
        <translation>到达 {node} 的梯度比 {top} 处小 {ratio} 倍，所以前面的层几乎学不到东西。堆叠的 sigmoid/tanh 层会在每一层缩小梯度；ReLU 或 BatchNorm 能让梯度保持活力。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/explain/doctor/findings.py" line="54" />
        <source>The gradients of {node} grew {growth} times larger during training (up to {peak}), making the updates erratic. Clipping the gradient norm keeps each step bounded.</source>
        <translation>训练中 {node} 的梯度增大了 {growth} 倍（最高 {peak}），使更新变得不稳定。裁剪梯度范数可以限制每一步的大小。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/explain/doctor/findings.py" line="58" />
        <source>{share} of the outputs of {node} ({kind}) sit at its limits, where its slope is almost zero and no gradient flows. Normalising its input with BatchNorm (or using ReLU) brings it back to its useful range.</source>
        <translation>{node}（{kind}）有 {share} 的输出停在极限值上，那里斜率几乎为零，梯度无法流过。用 BatchNorm 归一化它的输入（或改用 ReLU）能让它回到有用的范围。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/explain/doctor/findings.py" line="63" />
        <source>The network ends with a Softmax ({node}) but CrossEntropyLoss applies softmax itself, so the loss cannot go below {floor} (here {loss}) and learning slows. Remove the Softmax layer.</source>
        <translation>网络以 Softmax（{node}）结尾，但 CrossEntropyLoss 自己会做 softmax，所以损失不可能低于 {floor}（这里是 {loss}），学习也会变慢。请删除 Softmax 层。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/explain/doctor/findings.py" line="68" />
        <source>The inputs the network sees have mean {mean} and spread {std} instead of about 0 and 1. Standardised inputs let every layer start in its useful range and train faster.</source>
        <translation>网络看到的输入均值为 {mean}、标准差为 {std}，而不是大约 0 和 1。标准化的输入让每一层都从有用的范围开始，训练更快。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/explain/doctor/findings.py" line="72" />
        <source>The training set is unbalanced: class {rare} has {rare_count} images and class {common} has {common_count}. The network can score well by favouring the common classes; watch the per-class recall.</source>
        <translation>训练集不平衡：类别 {rare} 有 {rare_count} 张图片，而类别 {common} 有 {common_count} 张。网络偏向常见类别也能得高分；请留意各类别的召回率。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/explain/explain_messages.py" line="5" />
        <source>unknown fix {kind!r}</source>
        <translation>未知的修复 {kind!r}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/explain/explain_messages.py" line="6" />
        <source>the node {node_id!r} is no longer in the network; train again to get fresh advice.</source>
        <translation>节点 {node_id!r} 已不在网络中；请重新训练以获得新的建议。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/explain/explain_messages.py" line="11" />
        <source>the learning rates must grow: start {start_lr:g} &lt; end {end_lr:g}, both above 0.</source>
        <translation>学习率必须递增：起始值 {start_lr:g} &lt; 结束值 {end_lr:g}，且两者都大于 0。</translation>
    </message>
</context>
<context>
    <name>DoctorFix</name>
    <message>
        <location filename="../../netstudio/core/explain/doctor/findings.py" line="81" />
        <source>Set the learning rate to {lr}</source>
        <translation>把学习率设为 {lr}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/explain/doctor/findings.py" line="82" />
        <source>Clip gradients to norm {grad_clip}</source>
        <translation>把梯度范数裁剪到 {grad_clip}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/explain/doctor/findings.py" line="83" />
        <source>Turn on early stopping (patience {patience})</source>
        <translation>开启提前停止（耐心 {patience}）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/explain/doctor/findings.py" line="86" />
        <source>Turn on data augmentation</source>
        <translation>开启数据增强</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/explain/doctor/findings.py" line="87" />
        <source>Standardise the inputs</source>
        <translation>标准化输入</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/explain/doctor/findings.py" line="88" />
        <source>Add Dropout({p}) after {after}</source>
        <translation>在 {after} 之后添加 Dropout({p})</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/explain/doctor/findings.py" line="89" />
        <source>Add BatchNorm after {after}</source>
        <translation>在 {after} 之后添加 BatchNorm</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/explain/doctor/findings.py" line="90" />
        <source>Replace {nodes} with {to}</source>
        <translation>把 {nodes} 换成 {to}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/explain/doctor/findings.py" line="91" />
        <source>Remove {node}</source>
        <translation>删除 {node}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/explain/doctor/findings.py" line="92" />
        <source>Give {node} {out_features} units</source>
        <translation>给 {node} {out_features} 个单元</translation>
    </message>
</context>
<context>
    <name>DoctorPanel</name>
    <message>
        <location filename="../../netstudio/gui/inspect/doctor_panel.py" line="86" />
        <location filename="../../netstudio/gui/inspect/doctor_panel.py" line="129" />
        <source>The training doctor reads each run's own signals (the loss, the gap to validation, each layer's gradients and activations) and says what goes wrong and how to fix it. Train to get its advice.</source>
        <translation>训练医生读取每次运行自身的信号（损失、与验证集的差距、每一层的梯度和激活），指出哪里出了问题以及如何修正。训练一次即可得到它的建议。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/doctor_panel.py" line="119" />
        <source>The training doctor found {0} problem(s) in this run. Click a fix to apply it, then train again.</source>
        <translation>训练医生在这次运行中发现了 {0} 个问题。点击一个修正来应用它，然后再训练一次。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/doctor_panel.py" line="122" />
        <source>The training doctor found no problem in this run.</source>
        <translation>训练医生在这次运行中没有发现问题。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/doctor_panel.py" line="124" />
        <source>The training doctor is watching this run: nothing wrong so far.</source>
        <translation>训练医生正在观察这次运行：目前一切正常。</translation>
    </message>
</context>
<context>
    <name>DrawPad</name>
    <message>
        <location filename="../../netstudio/gui/inspect/draw_pad.py" line="49" />
        <source>Draw a digit with the mouse. Clear to start again.</source>
        <translation>用鼠标写一个数字。点“清除”重新开始。</translation>
    </message>
</context>
<context>
    <name>DrawPadPanel</name>
    <message>
        <location filename="../../netstudio/gui/inspect/draw_pad.py" line="135" />
        <source>No trained network yet: press Train first.</source>
        <translation>还没有训练好的网络：请先点“训练”。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/draw_pad.py" line="141" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/draw_pad.py" line="146" />
        <source>Train a network, then draw a digit.</source>
        <translation>先训练网络，再写一个数字。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/draw_pad.py" line="157" />
        <source>probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/draw_pad.py" line="177" />
        <source>What the network sees:
cropped, scaled to 20x20,
centred by mass in 28x28
(like the MNIST digits).</source>
        <translation>网络看到的图像：
裁剪并缩放到 20x20，
按质心居中放入 28x28
（与 MNIST 数字相同）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/draw_pad.py" line="225" />
        <source>Draw a digit in the black square.</source>
        <translation>请在黑色方框里写一个数字。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/draw_pad.py" line="238" />
        <source>The network says &lt;b&gt;{0}&lt;/b&gt; ({1} sure).</source>
        <translation>网络认为是 &lt;b&gt;{0}&lt;/b&gt;（把握 {1}）。</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <location filename="../../netstudio/core/graph/commands.py" line="16" />
        <source>Add {type} '{node}'</source>
        <translation>添加 {type} '{node}'</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/graph/commands.py" line="17" />
        <source>Delete '{node}'</source>
        <translation>删除 '{node}'</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/graph/commands.py" line="18" />
        <source>Delete {count} nodes</source>
        <translation>删除 {count} 个节点</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/graph/commands.py" line="19" />
        <source>Connect '{src}' to '{dst}'</source>
        <translation>连接 '{src}' 到 '{dst}'</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/graph/commands.py" line="20" />
        <source>Disconnect '{src}' from '{dst}'</source>
        <translation>断开 '{src}' 与 '{dst}' 的连接</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/graph/commands.py" line="21" />
        <source>Change {field} of '{node}'</source>
        <translation>修改 '{node}' 的 {field}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/graph/commands.py" line="22" />
        <source>Change of '{node}'</source>
        <translation>修改 '{node}'</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/graph/commands.py" line="23" />
        <source>Move '{node}'</source>
        <translation>移动 '{node}'</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/graph/commands.py" line="24" />
        <source>Move {count} nodes</source>
        <translation>移动 {count} 个节点</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/graph/commands.py" line="25" />
        <source>Change layout direction</source>
        <translation>更改布局方向</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../../netstudio/gui/panels/explain.py" line="31" />
        <source>'%1' turns its %2 input into %3 = %4 features.</source>
        <translation>“%1”把 %2 的输入展平为 %3 = %4 个特征。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/explain/explain_messages.py" line="16" />
        <source>the range test needs 10 to {max_steps:,} steps, got {steps}.</source>
        <translation>范围测试需要 10 到 {max_steps:,} 步，实际为 {steps}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/explain/explain_messages.py" line="20" />
        <source>unknown projection {method!r}; use one of {projections}</source>
        <translation>未知的投影方法 {method!r}；请使用以下之一：{projections}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/explain/explain_messages.py" line="24" />
        <source>{method} needs at least 5 points, got {count}</source>
        <translation>{method} 至少需要 5 个点，实际只有 {count} 个</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/explain/explain_messages.py" line="28" />
        <source>'{layer}' is not on the network's path to its output</source>
        <translation>'{layer}' 不在网络通向输出的路径上</translation>
    </message>
</context>
<context>
    <name>ExplainHub</name>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_hub.py" line="44" />
        <source>Attributions</source>
        <translation>归因</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_hub.py" line="45" />
        <source>Projector</source>
        <translation>投影</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_hub.py" line="46" />
        <location filename="../../netstudio/gui/inspect/explain_hub.py" line="500" />
        <source>Doctor</source>
        <translation>医生</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_hub.py" line="178" />
        <source>weights after step {0}</source>
        <translation>第 {0} 步之后的权重</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_hub.py" line="179" />
        <source>untrained (random) weights: press Train</source>
        <translation>未训练（随机）的权重：请按“训练”</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_hub.py" line="212" />
        <source>Test image #{0} (a {1}).</source>
        <translation>测试图片 #{0}（一个 {1}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_hub.py" line="218" />
        <source>The network cannot run yet: fix the problems first.</source>
        <translation>网络还无法运行：请先修正问题。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_hub.py" line="275" />
        <source>Untrained (random) weights: train first for a meaningful map.</source>
        <translation>未训练（随机）的权重：先训练才能得到有意义的热力图。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_hub.py" line="283" />
        <source>Could not compute the map: {0}</source>
        <translation>无法计算热力图：{0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_hub.py" line="309" />
        <source>Why this answer?</source>
        <translation>为什么是这个答案？</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_hub.py" line="328" />
        <source>Loading the test images...</source>
        <translation>正在加载测试图片……</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_hub.py" line="358" />
        <source>The projection failed: {0}</source>
        <translation>投影失败：{0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_hub.py" line="362" />
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_hub.py" line="377" />
        <source>This fix no longer applies: {0}</source>
        <translation>这个修正已不再适用：{0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_hub.py" line="392" />
        <source>Applied: {0}. Train again to see the effect (Ctrl+Z undoes it).</source>
        <translation>已应用：{0}。再训练一次看看效果（Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_hub.py" line="545" />
        <source>Explain</source>
        <translation>解释</translation>
    </message>
</context>
<context>
    <name>ExplainText</name>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_text.py" line="15" />
        <source>Saliency</source>
        <translation>显著图</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_text.py" line="16" />
        <source>Integrated Gradients</source>
        <translation>积分梯度</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_text.py" line="17" />
        <source>Grad-CAM</source>
        <translation>Grad-CAM</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_text.py" line="18" />
        <source>Occlusion</source>
        <translation>遮挡法</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_text.py" line="21" />
        <source>Int. Gradients</source>
        <translation>积分梯度</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_text.py" line="24" />
        <source>How strongly each pixel changes the class score: bright pixels matter most. Quick, but noisy.</source>
        <translation>每个像素对类别得分的影响有多大：越亮的像素越重要。计算快，但噪声多。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_text.py" line="27" />
        <source>Each pixel's share of the class score, gathered on the way from a black image to this one. Red pixels speak for the class, blue ones against it.</source>
        <translation>每个像素在类别得分中所占的份额，沿着从全黑图片到这张图片的路径累积。红色像素支持该类别，蓝色像素反对它。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_text.py" line="30" />
        <source>Which regions of a convolution's feature maps the class relies on, scaled up to the image. Coarse, but shows where the network looks.</source>
        <translation>类别依赖卷积特征图的哪些区域，放大到图片大小。比较粗，但能看出网络在看哪里。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_text.py" line="33" />
        <source>How much the class score drops when a small square of the image is covered. Red: covering it hurts the class; blue: it helps.</source>
        <translation>遮住图片的一小块时类别得分下降多少。红色：遮住它对该类别不利；蓝色：反而有利。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_text.py" line="38" />
        <source>PCA (instant)</source>
        <translation>PCA（即时）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_text.py" line="39" />
        <source>t-SNE</source>
        <translation>t-SNE</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_text.py" line="40" />
        <source>UMAP</source>
        <translation>UMAP</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_text.py" line="43" />
        <source>running the test images through the network</source>
        <translation>正在让测试图片通过网络</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_text.py" line="45" />
        <source>loading UMAP (takes a few seconds the first time)</source>
        <translation>正在加载 UMAP（第一次需要几秒钟）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_text.py" line="47" />
        <source>finding each image's nearest neighbours</source>
        <translation>正在寻找每张图片的最近邻</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_text.py" line="48" />
        <source>arranging the points</source>
        <translation>正在排布各点</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_text.py" line="51" />
        <source>Learning rate too high</source>
        <translation>学习率过高</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_text.py" line="52" />
        <source>Learning rate too low</source>
        <translation>学习率过低</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_text.py" line="53" />
        <source>Overfitting</source>
        <translation>过拟合</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_text.py" line="54" />
        <source>Underfitting</source>
        <translation>欠拟合</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_text.py" line="55" />
        <source>Dead ReLUs</source>
        <translation>死亡 ReLU</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_text.py" line="56" />
        <source>Vanishing gradients</source>
        <translation>梯度消失</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_text.py" line="57" />
        <source>Exploding gradients</source>
        <translation>梯度爆炸</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_text.py" line="58" />
        <source>Saturated activation</source>
        <translation>激活饱和</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_text.py" line="59" />
        <source>Softmax before CrossEntropyLoss</source>
        <translation>CrossEntropyLoss 之前有 Softmax</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_text.py" line="60" />
        <source>Unnormalised input</source>
        <translation>输入未归一化</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/explain_text.py" line="61" />
        <source>Class imbalance</source>
        <translation>类别不平衡</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../netstudio/core/export/messages.py" line="5" />
        <source>ONNX export needs the onnx and onnxscript packages ({error}). Install them with: pip install onnx onnxscript</source>
        <translation>导出 ONNX 需要 onnx 和 onnxscript 包（{error}）。安装方法：pip install onnx onnxscript</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/export/messages.py" line="10" />
        <source>ONNX export failed ({first_line}). Try --format torch_export or python.</source>
        <translation>ONNX 导出失败（{first_line}）。请尝试 --format torch_export 或 python。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/export/messages.py" line="15" />
        <source>unknown argument {value!r}</source>
        <translation>未知参数 {value!r}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/export/messages.py" line="16" />
        <source>{node_id} runs your own code ({resolved}), which netstudio cannot write into a standalone file; export it as ONNX or torch_export instead.</source>
        <translation>{node_id} 运行的是你自己的代码（{resolved}），netstudio 无法把它写入独立文件；请改为导出 ONNX 或 torch_export。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/export/messages.py" line="22" />
        <source>{node_id}: {error}.</source>
        <translation>{node_id}：{error}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/export/messages.py" line="23" />
        <source>fix the errors first ({listing}). Run 'netstudio check' to see them.</source>
        <translation>请先修复错误（{listing}）。运行 'netstudio check' 查看这些错误。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/export/messages.py" line="27" />
        <source>the network needs exactly one Input and one output to be exported.</source>
        <translation>网络必须恰好有一个 Input 和一个输出才能导出。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/export/messages.py" line="31" />
        <source>{node_id}: layer type {kind!r} has no PyTorch code equivalent yet; export it as ONNX or torch_export instead.</source>
        <translation>{node_id}：层类型 {kind!r} 还没有对应的 PyTorch 代码；请改为导出 ONNX 或 torch_export。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/export/messages.py" line="36" />
        <source>{node_id}: {type} has weights but no torch.nn layer to carry them in the generated code.</source>
        <translation>{node_id}：{type} 有权重，但生成的代码中没有可以承载这些权重的 torch.nn 层。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/export/messages.py" line="41" />
        <source>{label} needs trained weights: train the network first, or give the weights to export.</source>
        <translation>{label}需要训练好的权重：请先训练网络，或指定要导出的权重。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/export/messages.py" line="46" />
        <source>{path}: holds no state_dict.</source>
        <translation>{path}：不包含 state_dict。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/export/messages.py" line="47" />
        <source>{out} is a folder; give a file name.</source>
        <translation>{out} 是一个文件夹；请给出文件名。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/export/messages.py" line="48" />
        <source>folder {parent} does not exist; create it first.</source>
        <translation>文件夹 {parent} 不存在；请先创建它。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/export/messages.py" line="52" />
        <source>the network has errors; nothing was exported.</source>
        <translation>网络有错误；没有导出任何内容。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/export/messages.py" line="56" />
        <source>{path}: no such file. Check the weights' path.</source>
        <translation>{path}：文件不存在。请检查权重文件的路径。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/export/messages.py" line="60" />
        <source>{path}: cannot be read as PyTorch weights ({error}).</source>
        <translation>{path}：无法作为 PyTorch 权重读取（{error}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/export/messages.py" line="64" />
        <source>{path}: these weights do not fit this project's network ({detail}). Were they trained from another version of the graph?</source>
        <translation>{path}：这些权重与本项目的网络不匹配（{detail}）。它们是不是用另一个版本的网络图训练的？</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/export/messages.py" line="69" />
        <source>unknown export format {name!r}; use one of: {formats}.</source>
        <translation>未知的导出格式 {name!r}；请使用以下之一：{formats}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/export/messages.py" line="73" />
        <source>{out} is {what} itself; give another output file name.</source>
        <translation>{out} 就是{what}本身；请换一个输出文件名。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/export/messages.py" line="77" />
        <source>{out}: {label} also writes {name} beside it, so OUT needs another suffix, e.g. {stem}{suffix}.</source>
        <translation>{out}：{label}还会在旁边写入 {name}，因此 OUT 需要换一个后缀，例如 {stem}{suffix}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/export/messages.py" line="82" />
        <source>the generated code would not run ({error}: {value}); nothing was written. Please report it with the project file.</source>
        <translation>生成的代码无法运行（{error}：{value}）；没有写入任何内容。请附上项目文件报告此问题。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/export/messages.py" line="87" />
        <source>the exported weights would be written to {side}, over {what} they are read from; give another name or folder.</source>
        <translation>导出的权重将写入 {side}，会覆盖读取它们的{what}；请换一个名称或文件夹。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/export/messages.py" line="92" />
        <source>torch.export could not trace this network ({first_line}). Export it as Python code instead.</source>
        <translation>torch.export 无法追踪这个网络（{first_line}）。请改为导出 Python 代码。</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <location filename="../../netstudio/core/export/service.py" line="278" />
        <source>PyTorch code</source>
        <translation>PyTorch 代码</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/export/service.py" line="280" />
        <source>ONNX model</source>
        <translation>ONNX 模型</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/export/service.py" line="282" />
        <source>torch.export program</source>
        <translation>torch.export 程序</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/export/service.py" line="284" />
        <source>Trained weights</source>
        <translation>训练好的权重</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <location filename="../../netstudio/gui/export_menu.py" line="55" />
        <source>Nothing was exported: {0}</source>
        <translation>未导出任何内容：{0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/export_menu.py" line="58" />
        <source>Nothing was exported ({0}: {1}).</source>
        <translation>未导出任何内容（{0}：{1}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/export_menu.py" line="61" />
        <source>Exported {0}.</source>
        <translation>已导出 {0}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/export_menu.py" line="89" />
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/export_menu.py" line="94" />
        <source>%1...</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/export_menu.py" line="122" />
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/export_menu.py" line="131" />
        <source>An export is still running.</source>
        <translation>还有一个导出正在进行。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/export_menu.py" line="140" />
        <source>Exporting to %1...</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/export_menu.py" line="168" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>FeatureMapView</name>
    <message>
        <location filename="../../netstudio/gui/inspect/feature_maps.py" line="19" />
        <source>Select a convolution, activation or pooling node on the canvas to see what each of its channels responds to in the chosen image.</source>
        <translation>在画布上选中一个卷积、激活或池化节点，查看它的每个通道对所选图像的响应。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/feature_maps.py" line="58" />
        <source>Tiles scaled one by one (dark low, bright high); hover for values.</source>
        <translation>每个小图单独缩放（暗为低，亮为高）；悬停查看数值。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/feature_maps.py" line="67" />
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/feature_maps.py" line="104" />
        <source>'{0}' gives {1} per sample, not channels x height x width, so it has no feature maps.</source>
        <translation>“{0}”对每个样本输出 {1}，不是 通道 x 高 x 宽，因此没有特征图。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/feature_maps.py" line="112" />
        <source>&lt;b&gt;{0}&lt;/b&gt;: {1} channels of {2}x{3}. Click a channel to enlarge it. {4}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;：{1} 个 {2}x{3} 的通道。点击某个通道可放大。{4}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/feature_maps.py" line="136" />
        <source>Channel {0}: {1} to {2}</source>
        <translation>通道 {0}：{1} 到 {2}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/feature_maps.py" line="149" />
        <source>row {0}, column {1}: {2}</source>
        <translation>第 {0} 行，第 {1} 列：{2}</translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="21" />
        <source>netstudio projects (*.nsproj.json *.json);;All files (*)</source>
        <translation>netstudio 项目 (*.nsproj.json *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="39" />
        <location filename="../../netstudio/gui/file_ops.py" line="121" />
        <location filename="../../netstudio/gui/file_ops.py" line="198" />
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="46" />
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="54" />
        <location filename="../../netstudio/gui/file_ops.py" line="94" />
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="58" />
        <location filename="../../netstudio/gui/file_ops.py" line="206" />
        <source>Restored unsaved changes to %1.</source>
        <translation>已恢复 %1 未保存的更改。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="61" />
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="69" />
        <source>Cannot open sample</source>
        <translation>无法打开示例</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="95" />
        <source>%1: no such file. It was moved or deleted.</source>
        <translation>%1：文件不存在，可能已被移动或删除。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="110" />
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="128" />
        <source>Cannot save project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="129" />
        <source>%1: cannot be written (%2). Choose another folder.</source>
        <translation>%1：无法写入（%2）。请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="137" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="152" />
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="153" />
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>“%1”有尚未保存的更改。要保存吗？</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="185" />
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="199" />
        <source>unsaved changes to “%1”, backed up automatically at %2</source>
        <translation>“%1”的未保存更改，已于 %2 自动备份</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="215" />
        <source>Restore unsaved changes?</source>
        <translation>恢复未保存的更改？</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="216" />
        <source>netstudio did not close normally. An automatic backup from %1 has changes that were never saved. Restore them?</source>
        <translation>netstudio 上次没有正常关闭。%1 的自动备份中有尚未保存的更改。要恢复吗？</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="231" />
        <source>(and %1 more)</source>
        <translation>（另有 %1 项）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="232" />
        <source>Repaired while opening</source>
        <translation>打开时已修复</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="233" />
        <source>%1 had problems that netstudio repaired while opening it; save to keep the repairs:
%2</source>
        <translation>%1 存在问题，netstudio 在打开时已修复；保存以保留这些修复：
%2</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="240" />
        <source>Kept keys this version does not use: %1</source>
        <translation>保留了此版本不使用的键：%1</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../netstudio/core/files.py" line="47" />
        <source>{path}: cannot be written ({reason}).</source>
        <translation>{path}：无法写入（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/files.py" line="48" />
        <source>the disk is full (or over its quota); free some space or choose another folder</source>
        <translation>磁盘已满（或超出配额）；请释放一些空间或选择其他文件夹</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/files.py" line="50" />
        <source>permission denied; choose a folder you can write to</source>
        <translation>权限不足；请选择一个你有写入权限的文件夹</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/files.py" line="51" />
        <source>its folder does not exist; create it first</source>
        <translation>所在文件夹不存在；请先创建它</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/files.py" line="52" />
        <source>{path}: {reason}</source>
        <translation>{path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/files.py" line="53" />
        <source>not a regular file (a pipe, socket or device); give the path of a {what}.</source>
        <translation>不是普通文件（而是管道、套接字或设备）；请给出{what}的路径。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/files.py" line="55" />
        <source>is {size}, more than the {limit} a {what} may have; check the path.</source>
        <translation>大小为 {size}，超过了{what}允许的上限 {limit}；请检查路径。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/files.py" line="57" />
        <source>is more than the {limit} a {what} may have.</source>
        <translation>超过了{what}允许的上限 {limit}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/files.py" line="58" />
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/untrusted.py" line="37" />
        <source>project file</source>
        <translation>项目文件</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/untrusted.py" line="38" />
        <source>{path}: not a text file; a {what} is UTF-8 JSON.</source>
        <translation>{path}：不是文本文件；{what}应为 UTF-8 编码的 JSON。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/untrusted.py" line="39" />
        <source>{source}: the file is empty; it should hold a JSON object.</source>
        <translation>{source}：文件为空；它应当包含一个 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/untrusted.py" line="40" />
        <source>{source}: not valid JSON (line {line}, column {column}: {reason}).</source>
        <translation>{source}：不是有效的 JSON（第 {line} 行，第 {column} 列：{reason}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/untrusted.py" line="42" />
        <source>{source}: its values are nested more than {depth} levels deep; netstudio does not read such files.</source>
        <translation>{source}：其中的值嵌套超过 {depth} 层；netstudio 不读取这样的文件。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/untrusted.py" line="44" />
        <source>{source}: its values are nested more than {depth} levels deep (at {where}); netstudio does not read such files.</source>
        <translation>{source}：其中的值嵌套超过 {depth} 层（位于 {where}）；netstudio 不读取这样的文件。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/untrusted.py" line="47" />
        <source>{source}: holds a number too long to read ({reason}); numbers may have at most 4,300 digits.</source>
        <translation>{source}：包含一个过长而无法读取的数字（{reason}）；数字最多只能有 4,300 位。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/untrusted.py" line="49" />
        <source>{where}: text that is not valid Unicode (a lone surrogate, like \ud800) was replaced by �</source>
        <translation>{where}：无效的 Unicode 文本（孤立的代理字符，如 \ud800）已替换为 �</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/untrusted.py" line="51" />
        <source>the file: text that is not valid Unicode (a lone surrogate, like \ud800) was replaced by �</source>
        <translation>文件：无效的 Unicode 文本（孤立的代理字符，如 \ud800）已替换为 �</translation>
    </message>
</context>
<context>
    <name>FilterView</name>
    <message>
        <location filename="../../netstudio/gui/inspect/filters.py" line="16" />
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/filters.py" line="17" />
        <source>First input channel</source>
        <translation>第一个输入通道</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/filters.py" line="18" />
        <source>Mean over inputs</source>
        <translation>各输入通道的平均</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/filters.py" line="14" />
        <source>Select a convolution on the canvas to see its learned filters.</source>
        <translation>在画布上选中一个卷积层，查看它学到的卷积核（滤波器）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/filters.py" line="33" />
        <source>Deeper convolutions have one kernel per input channel: show the first one, or their mean.</source>
        <translation>较深的卷积层对每个输入通道各有一个卷积核：显示第一个，或它们的平均。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/filters.py" line="64" />
        <source>'{0}' has no 2-D convolution kernels to show.</source>
        <translation>“{0}”没有可显示的二维卷积核。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/filters.py" line="81" />
        <source>one input channel</source>
        <translation>1 个输入通道</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/filters.py" line="81" />
        <source>%1 input channels</source>
        <translation>%1 个输入通道</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/filters.py" line="82" />
        <source>&lt;b&gt;{0}&lt;/b&gt;: {1} filters of {2}x{3} over {4}. Grey = 0, bright = positive weight, dark = negative. Click one to enlarge it.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;：{1} 个 {2}x{3} 的卷积核，作用于 {4}。灰色 = 0，亮 = 正权重，暗 = 负权重。点击一个可放大。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/filters.py" line="104" />
        <source>Filter {0}</source>
        <translation>卷积核 {0}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../netstudio/gui/canvas/find_bar.py" line="26" />
        <source>Find a layer by name or type</source>
        <translation>按名称或类型查找层</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/find_bar.py" line="32" />
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/find_bar.py" line="80" />
        <source>no match</source>
        <translation>没有匹配</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/find_bar.py" line="84" />
        <source>{0} of {1}</source>
        <translation>第 {0} 个，共 {1} 个</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/find_bar.py" line="92" />
        <source>{0} found</source>
        <translation>找到 {0} 个</translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <location filename="../../netstudio/gui/inspect/doctor_panel.py" line="42" />
        <source>layer {0}</source>
        <translation>层 {0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/doctor_panel.py" line="43" />
        <source>epoch {0}</source>
        <translation>第 {0} 轮</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/doctor_panel.py" line="52" />
        <source>Apply this change to the project (one step: Ctrl+Z undoes it), then train again.</source>
        <translation>把这个修改应用到项目（一步操作：Ctrl+Z 可撤销），然后再训练一次。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/doctor_panel.py" line="69" />
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/doctor_panel.py" line="69" />
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/doctor_panel.py" line="70" />
        <source>note</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="38" />
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="39" />
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="40" />
        <source>Visible Data Only</source>
        <translation>仅可见数据</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="41" />
        <source>Auto Pan Only</source>
        <translation>仅自动平移</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="42" />
        <source>Mouse Enabled</source>
        <translation>启用鼠标</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="43" />
        <source>Invert Axis</source>
        <translation>反转坐标轴</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="44" />
        <source>Link Axis:</source>
        <translation>关联坐标轴：</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="45" />
        <source>Log X</source>
        <translation>X 取对数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="46" />
        <source>Log Y</source>
        <translation>Y 取对数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="47" />
        <source>Power Spectrum (FFT)</source>
        <translation>功率谱（FFT）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="48" />
        <source>dy/dx</source>
        <translation>dy/dx</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="49" />
        <source>Y vs. Y'</source>
        <translation>Y 对 Y'</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="50" />
        <source>Downsample</source>
        <translation>降采样</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="51" />
        <source>Peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="52" />
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="53" />
        <source>Subsample</source>
        <translation>抽样</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="54" />
        <source>Clip to View</source>
        <translation>裁剪到视图</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="55" />
        <source>Max Traces:</source>
        <translation>最多曲线数：</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="56" />
        <source>Forget hidden traces</source>
        <translation>丢弃隐藏的曲线</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="57" />
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="58" />
        <source>Alpha</source>
        <translation>透明度</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="59" />
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="60" />
        <source>Show X Grid</source>
        <translation>显示 X 网格</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="61" />
        <source>Show Y Grid</source>
        <translation>显示 Y 网格</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="62" />
        <source>Points</source>
        <translation>数据点</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="63" />
        <source>Subtract Mean</source>
        <translation>减去均值</translation>
    </message>
</context>
<context>
    <name>GraphEditor</name>
    <message>
        <location filename="../../netstudio/gui/canvas/editor.py" line="100" />
        <source>The graph is locked while a training run is live. Stop it to edit.</source>
        <translation>训练进行中，网络图已锁定。停止训练后才能编辑。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/editor.py" line="175" />
        <source>Delete 1 item</source>
        <translation>删除 1 项</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/editor.py" line="175" />
        <source>Delete %1 items</source>
        <translation>删除 %1 项</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/editor.py" line="206" />
        <source>Auto layout</source>
        <translation>自动布局</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/editor.py" line="215" />
        <source>Both ends of a connection must be layers on the canvas.</source>
        <translation>连接的两端都必须是画布上的层。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/editor.py" line="217" />
        <source>'%1' cannot feed into itself: its output going back into its own input would make a loop. Data must flow one way, from the input to the output.</source>
        <translation>“%1”不能连接到自身：输出回到自己的输入会形成环路。数据必须单向流动，从输入到输出。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/editor.py" line="221" />
        <source>'%1' is already connected to '%2'.</source>
        <translation>“%1”已经连接到“%2”。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/editor.py" line="225" />
        <source>'%1' is an %2 layer: it receives the data set, not another layer's output.</source>
        <translation>“%1”是 %2 层：它接收数据集，而不是其他层的输出。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/editor.py" line="228" />
        <source>Connecting '%1' to '%2' would make a loop ('%2' already leads to '%1'). Data must flow one way, from the input to the output.</source>
        <translation>把“%1”连接到“%2”会形成环路（“%2”已经通向“%1”）。数据必须单向流动：从输入到输出。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/editor.py" line="235" />
        <source>'%1' (%2) takes one input and already gets one from '%3'. Delete that connection first, or combine both with an Add or Concat layer.</source>
        <translation>“%1”（%2）只接受一个输入，并且已经从“%3”得到输入。请先删除那条连接，或用 Add 或 Concat 层合并两个输入。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/editor.py" line="293" />
        <source>Paste 1 layer</source>
        <translation>粘贴 1 个层</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/editor.py" line="294" />
        <source>Paste %1 layers</source>
        <translation>粘贴 %1 个层</translation>
    </message>
</context>
<context>
    <name>GraphScene</name>
    <message>
        <location filename="../../netstudio/gui/canvas/scene.py" line="530" />
        <source>Unknown layer type.</source>
        <translation>未知的层类型。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/scene.py" line="538" />
        <source>Output: %1 · %2 parameters</source>
        <translation>输出：%1 · %2 个参数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/scene.py" line="540" />
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/scene.py" line="541" />
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/scene.py" line="543" />
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/scene.py" line="546" />
        <source>&lt;b&gt;Fix:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;修改方法：&lt;/b&gt;%1</translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="35" />
        <source>Export...</source>
        <translation>导出...</translation>
    </message>
</context>
<context>
    <name>GuiWords</name>
    <message>
        <location filename="../../netstudio/gui/gui_words.py" line="24" />
        <source>tick "auto" for {field}, or set it to {value}</source>
        <translation>勾选 {field} 的“自动”，或把它设为 {value}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/gui_words.py" line="26" />
        <source>tick "auto" for normalized_shape, or set it to {last} or {shape}</source>
        <translation>勾选 normalized_shape 的“自动”，或把它设为 {last} 或 {shape}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/gui_words.py" line="29" />
        <source>set {field} in Properties (its default is {default})</source>
        <translation>在“属性”中设置 {field}（默认值为 {default}）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/gui_words.py" line="31" />
        <source>set {field} in Properties</source>
        <translation>在“属性”中设置 {field}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/gui_words.py" line="33" />
        <source>delete this connection and draw it again</source>
        <translation>删除这条连接并重新连接</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <location filename="../../netstudio/gui/help_browser.py" line="45" />
        <source>netstudio documentation</source>
        <translation>netstudio 文档</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/help_browser.py" line="68" />
        <source>The documentation is not installed with this copy of netstudio.</source>
        <translation>此份 netstudio 未随附文档。</translation>
    </message>
</context>
<context>
    <name>HistogramView</name>
    <message>
        <location filename="../../netstudio/gui/inspect/histograms.py" line="40" />
        <source>{0}: activations</source>
        <translation>{0}：激活值</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/histograms.py" line="42" />
        <source>{0} dead</source>
        <translation>{0} 死亡</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/histograms.py" line="50" />
        <source>{0}: weight gradients</source>
        <translation>{0}：权重梯度</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/histograms.py" line="55" />
        <source>{0}: gradients show while it trains</source>
        <translation>{0}：训练时显示梯度</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/histograms.py" line="58" />
        <source>{0}: no weights</source>
        <translation>{0}：无权重</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/histograms.py" line="67" />
        <source>How the values inside the network are spread while it learns. A ReLU unit is 'dead' when it outputs 0 for every image in the batch: it no longer learns.</source>
        <translation>网络学习时内部数值的分布。如果一个 ReLU 单元对批次中每张图像都输出 0，它就“死亡”了：不再学习（死亡 ReLU）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/histograms.py" line="71" />
        <source>Nothing to show yet: the histograms appear while a network trains (Train, F5).</source>
        <translation>暂无内容：网络训练时（训练，F5）这里会显示直方图。</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="5" />
        <source>{path}: no such file. Check the path.</source>
        <translation>{path}：文件不存在。请检查路径。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="6" />
        <source>{path}: the file is empty, not an ONNX model.</source>
        <translation>{path}：文件为空，不是 ONNX 模型。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="10" />
        <source>{path}: {value:.1f} GB is more than netstudio imports.</source>
        <translation>{path}：{value:.1f} GB 超过了 netstudio 能导入的大小。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="14" />
        <source>{path}: not a readable ONNX model (it has no operators); the file may be truncated or not ONNX.</source>
        <translation>{path}：不是可读取的 ONNX 模型（其中没有算子）；文件可能被截断，或者不是 ONNX。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="19" />
        <source>{path}: cannot import ONNX operator {op_type} ('{reason}'): {why}. netstudio imports the standard operators it can write as torch layers or functions; replace this one in the source model, or export without it.</source>
        <translation>{path}：无法导入 ONNX 算子 {op_type}（'{reason}'）：{why}。netstudio 只导入能写成 torch 层或函数的标准算子；请在源模型中替换这个算子，或者导出时不包含它。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="26" />
        <source>importing ONNX needs the onnx package: pip install 'netstudio[export]'</source>
        <translation>导入 ONNX 需要 onnx 包：pip install 'netstudio[export]'</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="31" />
        <source>{path}: not a readable ONNX model ({first_line}); the file may be truncated or not ONNX. Export it again.</source>
        <translation>{path}：不是可读取的 ONNX 模型（{first_line}）；文件可能被截断，或者不是 ONNX。请重新导出。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="36" />
        <source>{path}: the ONNX checker refuses it ({first_line}).</source>
        <translation>{path}：ONNX 检查器拒绝了它（{first_line}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="40" />
        <source>{path} has {count} inputs; netstudio imports networks with one input.</source>
        <translation>{path} 有 {count} 个输入；netstudio 只导入只有一个输入的网络。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="45" />
        <source>{path}: --input-shape {list} does not fit its input '{name}' of rank {count} (batch first).</source>
        <translation>{path}：--input-shape {list} 与其 {count} 维的输入 '{name}' 不匹配（批次维在最前）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="50" />
        <source>{path}: its output '{out}' does not depend on its input.</source>
        <translation>{path}：它的输出 '{out}' 不依赖于它的输入。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="54" />
        <source>{path}: the shape of '{name}' cannot be inferred; netstudio needs static shapes (check --input-shape).</source>
        <translation>{path}：无法推断 '{name}' 的形状；netstudio 需要静态形状（请检查 --input-shape）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="59" />
        <source>{path} uses ONNX opset {version}, newer than the onnx package here reads (up to {known}). Export it with opset {known} or lower, or update onnx.</source>
        <translation>{path} 使用 ONNX opset {version}，比这里的 onnx 包能读取的版本（最高 {known}）更新。请用 opset {known} 或更低版本导出，或者更新 onnx。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="65" />
        <source>{path} uses ONNX opset {version}; netstudio imports opset {min_opset} or newer. Convert it with onnx.version_converter.</source>
        <translation>{path} 使用 ONNX opset {version}；netstudio 只导入 opset {min_opset} 或更新的版本。请用 onnx.version_converter 转换它。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="70" />
        <source>{path}: its input '{name}' has no fixed size ({dims}); give it with --input-shape C,H,W.</source>
        <translation>{path}：它的输入 '{name}' 没有固定大小（{dims}）；请用 --input-shape C,H,W 指定。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="75" />
        <source>{path}: ONNX shape inference fails for input {value} ({first_line}); check --input-shape.</source>
        <translation>{path}：输入 {value} 的 ONNX 形状推断失败（{first_line}）；请检查 --input-shape。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="80" />
        <source>{label}: internal error (no shape for {node_id})</source>
        <translation>{label}：内部错误（{node_id} 没有形状）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="84" />
        <source>{label}: cannot import {name}{where} ({name2}): {reason}. What to do: write it with torch.nn layers or plain tensor functions, or move it into a submodule of its own.</source>
        <translation>{label}：无法导入 {name}{where}（{name2}）：{reason}。解决方法：用 torch.nn 层或普通张量函数来写它，或者把它移到单独的子模块中。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="90" />
        <source>{label} returns no tensor; netstudio imports networks that return one tensor (the scores).</source>
        <translation>{label} 没有返回张量；netstudio 只导入返回一个张量（得分）的网络。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="95" />
        <source>{label} takes several inputs; netstudio imports networks with one input tensor.</source>
        <translation>{label} 接受多个输入；netstudio 只导入只有一个输入张量的网络。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="100" />
        <source>{label}: its input is not a batch of tensors.</source>
        <translation>{label}：它的输入不是一批张量。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="101" />
        <source>{label}: internal error (unknown value {name})</source>
        <translation>{label}：内部错误（未知的值 {name}）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="105" />
        <source>{label}: netstudio cannot guess the input shape; give it with --input-shape, e.g. --input-shape 1,28,28 (channels, height, width).</source>
        <translation>{label}：netstudio 无法猜出输入形状；请用 --input-shape 指定，例如 --input-shape 1,28,28（通道、高、宽）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="110" />
        <source>{label}: too many parts cannot be imported.</source>
        <translation>{label}：无法导入的部分太多。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="114" />
        <source>an ONNX file carries its own weights; --weights is for torchvision and Python sources.</source>
        <translation>ONNX 文件自带权重；--weights 只用于 torchvision 和 Python 源。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="119" />
        <source>{label}: cannot import {reason}. What to do: write it with torch.nn layers or plain tensor functions.</source>
        <translation>{label}：无法导入 {reason}。解决方法：用 torch.nn 层或普通张量函数来写它。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="124" />
        <source>'{text}' is not a source netstudio can import; {forms}.</source>
        <translation>'{text}' 不是 netstudio 能导入的来源；{forms}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="128" />
        <source>'{text}' names a Python file but no class; write it as {text}:CLASS (the nn.Module class to import).</source>
        <translation>'{text}' 指定了 Python 文件但没有指定类；请写成 {text}:CLASS（要导入的 nn.Module 类）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="133" />
        <source>torchvision has no classification model '{name}'.{hint}</source>
        <translation>torchvision 中没有分类模型 '{name}'。{hint}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="137" />
        <source>weights file {path}: no such file.</source>
        <translation>权重文件 {path}：文件不存在。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="138" />
        <source>weights file {path} holds no state_dict (a dict of tensors).</source>
        <translation>权重文件 {path} 不包含 state_dict（张量字典）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="142" />
        <source>{path}: not a Python file Python can import.</source>
        <translation>{path}：不是 Python 能导入的 Python 文件。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="146" />
        <source>{path} has no '{name}'.{listing}</source>
        <translation>{path} 中没有 '{name}'。{listing}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="147" />
        <source>{path}:{name} is not a class or function.</source>
        <translation>{path}:{name} 不是类或函数。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="148" />
        <source>{path}:{name}() returned a {error}, not a torch.nn.Module.</source>
        <translation>{path}:{name}() 返回的是 {error}，而不是 torch.nn.Module。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="152" />
        <source>'{text}' names no torchvision model; {forms}.</source>
        <translation>'{text}' 不是 torchvision 模型的名称；{forms}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="156" />
        <source>torchvision could not build '{name}': {first_line}</source>
        <translation>torchvision 无法构建 '{name}'：{first_line}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="160" />
        <source>weights file {path} cannot be read as PyTorch weights ({first_line}). It must be a state_dict saved with torch.save.</source>
        <translation>权重文件 {path} 无法作为 PyTorch 权重读取（{first_line}）。它必须是用 torch.save 保存的 state_dict。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="165" />
        <source>weights file {path} does not fit {what}: {text}</source>
        <translation>权重文件 {path} 与 {what} 不匹配：{text}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="169" />
        <source>{path} line {lineno}: syntax error ({reason}). Fix the file and import it again.</source>
        <translation>{path} 第 {lineno} 行：语法错误（{reason}）。请修正文件后重新导入。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="174" />
        <source>{path} failed while being imported: {user_frame}{error}: {first_line}. Fix the file (it must import on its own with python) and try again.</source>
        <translation>{path} 在导入时出错：{user_frame}{error}：{first_line}。请修正文件（它必须能单独用 python 导入）后重试。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="180" />
        <source>{path}:{name} could not be created without arguments ({signature}: {first_line}). Give its arguments defaults, or add a function that returns the model and import that.</source>
        <translation>{path}:{name} 无法在不带参数的情况下创建（{signature}：{first_line}）。请为它的参数设置默认值，或者添加一个返回该模型的函数并导入那个函数。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="186" />
        <source>{path}:{name}() failed: {user_frame}{error}: {first_line}.</source>
        <translation>{path}:{name}() 出错：{user_frame}{error}：{first_line}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="187" />
        <source>torch.export split the layer '{path}' in a way netstudio cannot follow; try importing the model without it</source>
        <translation>torch.export 拆分层 '{path}' 的方式 netstudio 无法跟踪；请尝试导入不含该层的模型</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="192" />
        <source>{label} fails on an input of shape {list} (per sample {list2}): {user_frame}{error}: {first_line}. Give the shape the network expects with --input-shape C,H,W.</source>
        <translation>{label} 在形状为 {list}（每个样本 {list2}）的输入上出错：{user_frame}{error}：{first_line}。请用 --input-shape C,H,W 给出网络期望的形状。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="198" />
        <source>{label}: the traced graph does not run ({error}: {first_line}).</source>
        <translation>{label}：追踪得到的图无法运行（{error}：{first_line}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="202" />
        <source>importing {source} stopped unexpectedly (exit code {code}): its code may have crashed or ended the process. Nothing was written.</source>
        <translation>导入 {source} 时意外中止（退出码 {code}）：其代码可能崩溃或结束了进程。没有写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="207" />
        <source>importing {source} did not finish within {seconds:g} s and was stopped. Does its code loop forever or wait for input? Nothing was written.</source>
        <translation>导入 {source} 未在 {seconds:g} 秒内完成，已被停止。它的代码是否陷入无限循环或在等待输入？没有写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="212" />
        <source>cannot write {path} ({error}). Nothing was written.</source>
        <translation>无法写入 {path}（{error}）。没有写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="216" />
        <source>{source} needs more memory than this computer has. Nothing was written.</source>
        <translation>{source} 需要的内存超过这台计算机的内存。没有写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="220" />
        <source>internal error while importing {source} ({kind}: {error}). Please report it. Nothing was written.</source>
        <translation>导入 {source} 时发生内部错误（{kind}：{error}）。请报告此问题。没有写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="225" />
        <source>{label} did not finish within {seconds:g} s and was stopped. Does it loop forever or wait for input when imported? Make it import and build quickly (put slow work under `if __name__ == '__main__':`).</source>
        <translation>{label} 在 {seconds:g} 秒内没有完成，已被停止。它在被导入时是否陷入死循环或在等待输入？请让它能快速导入和构建（把耗时的工作放到 `if __name__ == '__main__':` 下面）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/messages.py" line="231" />
        <source>{label} did not finish within {seconds:g} s and was stopped at {where}. Does it loop forever or wait for input when imported? Make it import and build quickly (put slow work under `if __name__ == '__main__':`).</source>
        <translation>{label} 在 {seconds:g} 秒内没有完成，已在 {where} 处被停止。它在被导入时是否陷入死循环或在等待输入？请让它能快速导入和构建（把耗时的工作放到 `if __name__ == '__main__':` 下面）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="14" />
        <source>its {name} {value} is outside what netstudio's {layer_type} takes ({problem})</source>
        <translation>它的 {name} {value} 超出了 netstudio 的 {layer_type} 接受的范围（{problem}）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="16" />
        <source>its padding_mode is not zeros</source>
        <translation>它的 padding_mode 不是 zeros</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="17" />
        <source>it also returns the indices of the maxima</source>
        <translation>它还会返回最大值的索引</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="18" />
        <source>its output_size keeps a dimension as it is (None)</source>
        <translation>它的 output_size 让某个维度保持不变（None）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="20" />
        <source>it uses align_corners, recompute_scale_factor or antialias</source>
        <translation>它用到了 align_corners、recompute_scale_factor 或 antialias</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="22" />
        <source>its mode {mode} has no netstudio equivalent</source>
        <translation>它的模式 {mode} 在 netstudio 中没有对应的实现</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="23" />
        <source>it scales height and width differently</source>
        <translation>它对高度和宽度的缩放比例不同</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="24" />
        <source>it has no dim (torch guesses one from the rank)</source>
        <translation>它没有指定 dim（torch 会根据张量的维数猜一个）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="25" />
        <source>netstudio has no {name} layer</source>
        <translation>netstudio 没有 {name} 层</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="26" />
        <source>{name} is not a torch.nn layer</source>
        <translation>{name} 不是 torch.nn 的层</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="27" />
        <source>torch.nn.{cls}'s argument {name} cannot be read back</source>
        <translation>无法读回 torch.nn.{cls} 的参数 {name}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="29" />
        <source>torch.nn.{cls}'s argument {name} is not a plain value</source>
        <translation>torch.nn.{cls} 的参数 {name} 不是简单的值</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="31" />
        <source>its result does not keep the batch as its first dimension (computed from the weights, or mixing samples)</source>
        <translation>它的结果没有把批次保留为第一个维度（由权重计算而来，或者混合了不同样本）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="33" />
        <source>it receives no tensor from the network</source>
        <translation>它没有从网络接收任何张量</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="34" />
        <source>netstudio's layers return one tensor</source>
        <translation>netstudio 的层只返回一个张量</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="35" />
        <source>fx and torch.export cannot trace it</source>
        <translation>fx 和 torch.export 都无法追踪它</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="36" />
        <source>{first}, and {second}</source>
        <translation>{first}，而且{second}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="37" />
        <source>it reshapes across samples</source>
        <translation>它的变形跨越了不同样本</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="38" />
        <source>{name} has an argument netstudio cannot record: {error}</source>
        <translation>{name} 有一个 netstudio 无法记录的参数：{error}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="40" />
        <source>{name} receives no tensor from the network</source>
        <translation>{name} 没有从网络接收任何张量</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="41" />
        <source>a tensor that is not part of the network</source>
        <translation>一个不属于网络的张量</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="42" />
        <source>a number that depends on the batch size</source>
        <translation>一个取决于批大小的数</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="43" />
        <source>netstudio has no layer for {name}</source>
        <translation>netstudio 没有对应 {name} 的层</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="44" />
        <source>its result is not a tensor</source>
        <translation>它的结果不是张量</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="45" />
        <source>the network's output is also used inside it</source>
        <translation>网络的输出也在网络内部被使用</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="46" />
        <source> in '{path}'</source>
        <translation>（位于 '{path}'）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="47" />
        <source>{name}{where}: {reason}</source>
        <translation>{name}{where}：{reason}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="50" />
        <source>netstudio has no layer or torch function for it</source>
        <translation>netstudio 没有对应它的层或 torch 函数</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="51" />
        <source>ONNX {op_type} has no netstudio layer</source>
        <translation>ONNX {op_type} 没有对应的 netstudio 层</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="52" />
        <source>its input {number} is not a tensor computed by the network</source>
        <translation>它的第 {number} 个输入不是由网络计算出的张量</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="54" />
        <source>its second output is used, which netstudio's layers do not produce</source>
        <translation>它的第二个输出被使用了，而 netstudio 的层不产生这个输出</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="56" />
        <source>its padding {pads} differs between the start and the end</source>
        <translation>它的填充 {pads} 在开头和结尾不一样</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="58" />
        <source>its weights are computed, not stored in the file</source>
        <translation>它的权重是计算出来的，没有存储在文件中</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="60" />
        <source>netstudio has 2-d transposed convolutions only</source>
        <translation>netstudio 只有二维转置卷积</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="62" />
        <source>netstudio has 1-d and 2-d convolutions only</source>
        <translation>netstudio 只有一维和二维卷积</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="63" />
        <source>auto_pad {auto} with these strides has no torch equivalent</source>
        <translation>auto_pad {auto} 配合这些步幅在 torch 中没有对应的实现</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="65" />
        <source>it sets output_shape</source>
        <translation>它设置了 output_shape</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="66" />
        <source>it uses transA, alpha or beta</source>
        <translation>它用到了 transA、alpha 或 beta</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="67" />
        <source>its bias has {size} values for {outputs} outputs</source>
        <translation>它的偏置有 {size} 个值，但输出有 {outputs} 个</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="68" />
        <source>its second input is neither stored nor computed by the network</source>
        <translation>它的第二个输入既没有存储在文件中，也不是由网络计算出的</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="70" />
        <source>it multiplies by a stack of matrices</source>
        <translation>它乘以一叠矩阵</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="71" />
        <source>it is in training mode</source>
        <translation>它处于训练模式</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="72" />
        <source>its statistics are computed, not stored in the file</source>
        <translation>它的统计量是计算出来的，没有存储在文件中</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="74" />
        <source>netstudio normalises 2-d to 4-d tensors, not rank {rank}</source>
        <translation>netstudio 只对二维到四维张量做归一化，不支持 {rank} 维</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="76" />
        <source>only alpha 1/6 and beta 0.5 (torch's Hardsigmoid) are supported</source>
        <translation>只支持 alpha 1/6 和 beta 0.5（即 torch 的 Hardsigmoid）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="78" />
        <source>before opset 13 it normalises over flattened dimensions</source>
        <translation>在 opset 13 之前，它在展平后的维度上做归一化</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="80" />
        <source>it normalises over the batch</source>
        <translation>它在批次维度上做归一化</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="81" />
        <source>netstudio pools 2-d images (and 1-d sequences for MaxPool) only</source>
        <translation>netstudio 只对二维图像做池化（MaxPool 还支持一维序列）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="83" />
        <source>it uses auto_pad SAME</source>
        <translation>它用到了 auto_pad SAME</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="84" />
        <source>netstudio pools 2-d images only</source>
        <translation>netstudio 只对二维图像做池化</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="85" />
        <source>it reshapes across the batch dimension</source>
        <translation>它的变形跨越了批次维度</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="86" />
        <source>one of its inputs is neither stored nor computed by the network</source>
        <translation>它的某个输入既没有存储在文件中，也不是由网络计算出的</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="88" />
        <source>it joins stored tensors with computed ones</source>
        <translation>它把存储的张量和计算出的张量拼接在一起</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="89" />
        <source>it joins along the batch</source>
        <translation>它沿批次维度拼接</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="90" />
        <source>it converts to a type other than float32</source>
        <translation>它转换成了 float32 以外的类型</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="91" />
        <source>it moves the batch dimension</source>
        <translation>它移动了批次维度</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="92" />
        <source>it reduces over every dimension, the batch included</source>
        <translation>它在所有维度（包括批次）上做归约</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="93" />
        <source>it reduces over the batch</source>
        <translation>它在批次维度上做归约</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="94" />
        <source>its padding is computed or applies to chosen axes only</source>
        <translation>它的填充是计算出来的，或者只作用于部分轴</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="96" />
        <source>it pads the batch</source>
        <translation>它对批次维度做了填充</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="97" />
        <source>netstudio resizes the height and width of images only</source>
        <translation>netstudio 只缩放图像的高度和宽度</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="99" />
        <source>mode {mode} with {coordinates} coordinates has no torch equivalent</source>
        <translation>模式 {mode} 配合 {coordinates} 坐标在 torch 中没有对应的实现</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="103" />
        <source>submodule '{path}'</source>
        <translation>子模块 '{path}'</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="104" />
        <source>its forward()</source>
        <translation>它的 forward()</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="105" />
        <source>unknown reason</source>
        <translation>原因不明</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="106" />
        <source>{label} branches on the values of a tensor in {place}{line}: no tracer can record that as a graph (data-dependent control flow). What to do: make the branch depend on shapes or settings only, or move it into a submodule of its own (netstudio then keeps that submodule whole).</source>
        <translation>{label} 在 {place}{line} 中根据张量的值做分支：没有追踪器能把它记录成计算图（依赖数据的控制流）。解决方法：让分支只取决于形状或设置，或者把它移到单独的子模块中（netstudio 会把这个子模块整体保留）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="111" />
        <source>, {line}</source>
        <translation>，{line}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="112" />
        <source>{label} cannot be traced by torch.fx or torch.export in {place}: {line}{text}. What to do: simplify that code (plain tensor operations and torch.nn layers trace best).</source>
        <translation>torch.fx 和 torch.export 都无法追踪 {label} 的 {place}：{line}{text}。解决方法：简化这段代码（普通张量运算和 torch.nn 层最容易追踪）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="117" />
        <source>'{path}' is used more than once; each use is imported as its own layer with a copy of its weights (they train separately)</source>
        <translation>'{path}' 被使用了不止一次；每次使用都作为单独的层导入，并带有一份权重副本（它们分别训练）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="120" />
        <source>the model returns {count} tensors; netstudio networks have one output, so the first is imported</source>
        <translation>模型返回 {count} 个张量；netstudio 的网络只有一个输出，因此导入了第一个</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="122" />
        <source>{count} operation(s) the output does not use were left out ({names})</source>
        <translation>省略了输出用不到的 {count} 个运算（{names}）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="124" />
        <source>{names} could not be traced, so it is kept whole as an opaque Module node that runs your code</source>
        <translation>{names} 无法被追踪，因此被整体保留为一个运行你的代码的不透明 Module 节点</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="126" />
        <source>{names} could not be traced, so they are kept whole as opaque Module nodes that run your code</source>
        <translation>{names} 无法被追踪，因此被整体保留为运行你的代码的不透明 Module 节点</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="128" />
        <source>input shape {shape} was guessed from the first layer; give --input-shape to choose another</source>
        <translation>输入形状 {shape} 是根据第一层推测的；可用 --input-shape 指定其他形状</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="130" />
        <source>the model has {count} outputs; the first is imported</source>
        <translation>模型有 {count} 个输出；导入了第一个</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="132" />
        <source>onnxruntime cannot run the file ({error}), so the outputs were not compared</source>
        <translation>onnxruntime 无法运行该文件（{error}），因此没有比较输出</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="136" />
        <source>the imported network does not build: {error}</source>
        <translation>导入的网络无法构建：{error}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="137" />
        <source>the weights of {node} do not fit ({why})</source>
        <translation>{node} 的权重不匹配（{why}）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="138" />
        <source>the imported network's output is {shape}, the source's {source}</source>
        <translation>导入的网络输出为 {shape}，而源模型的输出为 {source}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/importers/reasons.py" line="140" />
        <source>the imported network's outputs differ from the source's by up to {difference:.3g}</source>
        <translation>导入的网络输出与源模型相差最多 {difference:.3g}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="36" />
        <source>Import a Network</source>
        <translation>导入网络</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="40" />
        <source>Bring in a network someone already built. Its layers become netstudio layers; the weights come along.</source>
        <translation>导入别人已经构建好的网络。它的层会变成 netstudio 的层，权重也会一起带来。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="46" />
        <source>A &amp;torchvision architecture</source>
        <translation>torchvision 架构(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="47" />
        <source>A class in a &amp;Python file</source>
        <translation>Python 文件中的类(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="48" />
        <source>An &amp;ONNX file</source>
        <translation>ONNX 文件(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="53" />
        <source>Python files (*.py)</source>
        <translation>Python 文件 (*.py)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="55" />
        <source>ONNX models (*.onnx)</source>
        <translation>ONNX 模型 (*.onnx)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="61" />
        <source>Class:</source>
        <translation>类：</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="64" />
        <source>e.g. 3,224,224 (empty: the source's own)</source>
        <translation>例如 3,224,224（留空：使用来源自带的形状）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="65" />
        <source>Input shape:</source>
        <translation>输入形状：</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="66" />
        <source>PyTorch weights (*.pt *.pth)</source>
        <translation>PyTorch 权重 (*.pt *.pth)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="67" />
        <source>optional: a state_dict to start from</source>
        <translation>可选：作为起点的 state_dict</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="68" />
        <source>Weights:</source>
        <translation>权重：</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="70" />
        <source>netstudio projects (*.nsproj.json *.json)</source>
        <translation>netstudio 项目 (*.nsproj.json *.json)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="71" />
        <source>Save as:</source>
        <translation>另存为：</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="79" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="99" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="106" />
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="109" />
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="152" />
        <source>Input shape</source>
        <translation>输入形状</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="156" />
        <source>Choose where to save the project.</source>
        <translation>请选择项目的保存位置。</translation>
    </message>
</context>
<context>
    <name>ImportOps</name>
    <message>
        <location filename="../../netstudio/gui/importing/ops.py" line="85" />
        <source>An import is already running.</source>
        <translation>已有一个导入正在进行。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/ops.py" line="67" />
        <source>Importing {0}…</source>
        <translation>正在导入 {0}…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/ops.py" line="88" />
        <source>Import running</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/ops.py" line="89" />
        <source>{0} is still being imported. Stop that import?</source>
        <translation>{0} 仍在导入中。要停止这次导入吗？</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/ops.py" line="99" />
        <source>Imported to {0}; open it from File &gt; Open.</source>
        <translation>已导入到 {0}；请通过“文件 &gt; 打开”打开它。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/ops.py" line="106" />
        <source>Imported {0}: {1} layers, {2} parameters.</source>
        <translation>已导入 {0}：{1} 层，{2} 个参数。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/ops.py" line="109" />
        <source>{0} opaque node(s) without a layer of their own.</source>
        <translation>{0} 个不透明节点没有对应的层。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/ops.py" line="117" />
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/ops.py" line="125" />
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/ops.py" line="141" />
        <source>Run this Python file?</source>
        <translation>运行这个 Python 文件？</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/ops.py" line="142" />
        <source>Importing from {0} runs the Python code in it on this computer, with your permissions. Only import code you trust.

Run it and import?</source>
        <translation>从 {0} 导入会以你的权限在这台电脑上运行其中的 Python 代码。只导入你信任的代码。

运行并导入？</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/ops.py" line="172" />
        <source>This project runs no code that needs your permission.</source>
        <translation>这个项目没有需要你许可才能运行的代码。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/ops.py" line="178" />
        <source>Allow code?</source>
        <translation>允许运行代码？</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/ops.py" line="179" />
        <source>Some layers of this project run Python code from:

{0}

netstudio runs it when the network is built (training, export, feature maps). Only allow code you trust. Allow it for this session?</source>
        <translation>这个项目的一些层会运行来自以下文件的 Python 代码：

{0}

netstudio 会在构建网络时（训练、导出、特征图）运行它。只允许你信任的代码。在本次会话中允许吗？</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/ops.py" line="188" />
        <source>Allowed code from {0}.</source>
        <translation>已允许运行来自 {0} 的代码。</translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <location filename="../../netstudio/gui/importing/worker.py" line="58" />
        <source>The import of {0} was stopped; nothing was written.</source>
        <translation>{0} 的导入已停止；没有写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/worker.py" line="76" />
        <source>Cannot write {0} ({1}).</source>
        <translation>无法写入 {0}（{1}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/worker.py" line="79" />
        <source>Internal error while importing {0} ({1}: {2}). Please report it.</source>
        <translation>导入 {0} 时发生内部错误（{1}：{2}）。请报告此问题。</translation>
    </message>
</context>
<context>
    <name>InspectorHub</name>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="37" />
        <source>Feature maps</source>
        <translation>特征图</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="38" />
        <source>Filters</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="39" />
        <source>Histograms</source>
        <translation>直方图</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="40" />
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="41" />
        <source>Draw</source>
        <translation>手写</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="76" />
        <source>Confusion matrix and mistakes</source>
        <translation>混淆矩阵与误分类样本</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="77" />
        <source>Per class</source>
        <translation>各类别</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="78" />
        <source>Reconstruction</source>
        <translation>重建</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="266" />
        <source>test image #{0} (a {1})</source>
        <translation>测试图像 #{0}（类别 {1}）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="278" />
        <source>your drawing</source>
        <translation>你写的数字</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="304" />
        <source>The test images could not be loaded: {0}</source>
        <translation>无法加载测试图像：{0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="340" />
        <source>The network cannot run yet ({0}). Fix the problems first.</source>
        <translation>网络还无法运行（{0}）。请先修正问题。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="358" />
        <source>Input: {0}; the trained network of run '{1}'.</source>
        <translation>输入：{0}；运行“{1}”训练好的网络。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="361" />
        <source>Input: {0}; weights after step {1}.</source>
        <translation>输入：{0}；第 {1} 步后的权重。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="363" />
        <source>Input: {0}; untrained (random) weights: press Train.</source>
        <translation>输入：{0}；未训练（随机）权重：请点“训练”。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="375" />
        <source>'{0}' is not part of the network's path from input to output.</source>
        <translation>“{0}”不在网络从输入到输出的路径上。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="381" />
        <source>'{0}' is not a convolution: select a Conv2d node to see its filters.</source>
        <translation>“{0}”不是卷积层：选中一个 Conv2d 节点查看它的卷积核。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="390" />
        <source>This network has no layer whose output is an image (channels x height x width), so it has no feature maps: '{0}' gives {1} per sample. Feature maps come from convolution layers and the activation and pooling layers after them, as in the MNIST CNN sample.</source>
        <translation>这个网络没有输出为图像（通道 x 高 x 宽）的层，因此没有特征图：“{0}”对每个样本输出 {1}。特征图来自卷积层以及其后的激活层和池化层，例如 MNIST CNN 示例。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="409" />
        <source>This network is an autoencoder: it rebuilds images
and guesses no class. See Results &gt; Reconstruction.</source>
        <translation>这是一个自编码器：它重建图像，
不预测类别。请看“结果 &gt; 重建”。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="413" />
        <source>No trained network yet: press Train first.</source>
        <translation>还没有训练好的网络：请先点“训练”。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="428" />
        <source>Input: {0}; live, step {1}.</source>
        <translation>输入：{0}；实时，第 {1} 步。</translation>
    </message>
</context>
<context>
    <name>LRFindDialog</name>
    <message>
        <location filename="../../netstudio/gui/inspect/lr_find_dialog.py" line="40" />
        <source>Find a learning rate</source>
        <translation>寻找学习率</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/lr_find_dialog.py" line="48" />
        <source>The network trains for up to {0} batches while the learning rate grows from 0.0000001 to 10. The loss first stays flat (too small to learn), then falls, then blows up (too large). A good rate sits where it falls fastest.</source>
        <translation>网络最多训练 {0} 个批次，同时学习率从 0.0000001 增长到 10。损失先是平的（太小，学不动），然后下降，最后爆炸（太大）。好的学习率位于损失下降最快的地方。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/lr_find_dialog.py" line="57" />
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/lr_find_dialog.py" line="58" />
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/lr_find_dialog.py" line="71" />
        <source>Use it</source>
        <translation>使用它</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/lr_find_dialog.py" line="73" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/lr_find_dialog.py" line="74" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/lr_find_dialog.py" line="92" />
        <source>Training with growing learning rates...</source>
        <translation>正在用逐渐增大的学习率训练……</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/lr_find_dialog.py" line="124" />
        <source>Use {0}</source>
        <translation>使用 {0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/lr_find_dialog.py" line="125" />
        <source>Suggested learning rate: &lt;b&gt;{0}&lt;/b&gt; (green line), where the loss falls fastest.</source>
        <translation>建议的学习率：&lt;b&gt;{0}&lt;/b&gt;（绿线），损失下降最快的地方。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/lr_find_dialog.py" line="129" />
        <source>No learning rate to suggest: the loss never went down. Check the network and the data.</source>
        <translation>无法建议学习率：损失从未下降。请检查网络和数据。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/lr_find_dialog.py" line="135" />
        <source>The range test could not run: {0}</source>
        <translation>范围测试无法运行：{0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/lr_find_dialog.py" line="140" />
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/lr_find_dialog.py" line="171" />
        <source>Find...</source>
        <translation>寻找……</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/lr_find_dialog.py" line="173" />
        <source>Run the learning-rate range test and suggest a rate.</source>
        <translation>运行学习率范围测试并建议一个学习率。</translation>
    </message>
</context>
<context>
    <name>LayerAdder</name>
    <message>
        <location filename="../../netstudio/gui/canvas/adding.py" line="52" />
        <source>%1 takes no input, so it cannot go into a connection.</source>
        <translation>%1 不接受输入，因此不能插入到连接中。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/adding.py" line="69" />
        <source>Add after '%1':</source>
        <translation>添加到“%1”之后：</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/adding.py" line="73" />
        <source>Insert between '%1' and '%2':</source>
        <translation>插入到“%1”和“%2”之间：</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/adding.py" line="78" />
        <source>Add a layer here:</source>
        <translation>在此添加层：</translation>
    </message>
</context>
<context>
    <name>LayerDocs</name>
    <message>
        <location filename="../../netstudio/gui/panels/layer_docs.py" line="22" />
        <source>Unknown layer type: netstudio cannot build it.</source>
        <translation>未知的层类型：netstudio 无法构建它。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/layer_docs.py" line="32" />
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/layer_docs.py" line="33" />
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/layer_docs.py" line="34" />
        <source>What it is</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/layer_docs.py" line="39" />
        <source>auto (from the incoming shape)</source>
        <translation>自动（由输入形状推断）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/layer_docs.py" line="41" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/layer_docs.py" line="54" />
        <source>PyTorch reference: %1</source>
        <translation>PyTorch 文档：%1</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/layer_docs.py" line="60" />
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
</context>
<context>
    <name>Layers</name>
    <message>
        <location filename="../../netstudio/core/layers/builtin/_base.py" line="25" />
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/_base.py" line="26" />
        <source>Dense</source>
        <translation>全连接</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/_base.py" line="27" />
        <source>Convolution</source>
        <translation>卷积</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/_base.py" line="28" />
        <source>Pooling</source>
        <translation>池化</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/_base.py" line="29" />
        <source>Activation</source>
        <translation>激活</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/_base.py" line="30" />
        <source>Normalization</source>
        <translation>归一化</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/_base.py" line="31" />
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/_base.py" line="32" />
        <source>Recurrent</source>
        <translation>循环</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/_base.py" line="33" />
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/_base.py" line="34" />
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/_base.py" line="36" />
        <source>a flat vector</source>
        <translation>一维向量</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/_base.py" line="37" />
        <source>a 2-d input</source>
        <translation>二维输入</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/_base.py" line="38" />
        <source>a 3-d input</source>
        <translation>三维输入</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/_base.py" line="39" />
        <source>a {n}-d input</source>
        <translation>{n} 维输入</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/_base.py" line="40" />
        <source>receives {rank} {shape}, but {layer} needs {wants}</source>
        <translation>收到{rank} {shape}，但 {layer} 需要 {wants}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/_base.py" line="41" />
        <source>[channels, height, width]</source>
        <translation>[通道, 高, 宽]</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/_base.py" line="42" />
        <source>[channels, length]</source>
        <translation>[通道, 长度]</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/_base.py" line="43" />
        <source>add a Reshape layer before it, e.g. shape {to}</source>
        <translation>在它之前添加 Reshape 层，例如 shape 为 {to}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/_base.py" line="44" />
        <source>add a Reshape layer before it with shape {to}</source>
        <translation>在它之前添加 shape 为 {to} 的 Reshape 层</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/_base.py" line="45" />
        <source>use a layer made for {rank} or add a Reshape layer before it</source>
        <translation>使用适合{rank}的层，或在它之前添加 Reshape 层</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/_base.py" line="47" />
        <source>{count} features</source>
        <translation>{count} 个特征</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/_base.py" line="48" />
        <source>{count} channels</source>
        <translation>{count} 个通道</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/_base.py" line="49" />
        <source>{count}</source>
        <translation>{count}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/_base.py" line="50" />
        <source>receives {what} but {field} is {given}</source>
        <translation>收到 {what}，但 {field} 是 {given}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/_base.py" line="51" />
        <source>remove {field} or set it to {value}</source>
        <translation>删除 {field}，或把它设为 {value}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/activation.py" line="9" />
        <source>has dim {dim}, but its input {shape} has only dimensions 1..{top} after the batch</source>
        <translation>的 dim 为 {dim}，但它的输入 {shape} 在批次维之后只有第 1..{top} 维</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/activation.py" line="11" />
        <source>set dim to -1 (the last)</source>
        <translation>把 dim 设为 -1（最后一维）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/activation.py" line="12" />
        <source>has dim {dim}, the batch dimension: {layer} would mix samples</source>
        <translation>的 dim 为 {dim}，即批次维：{layer} 会把不同样本混在一起</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/activation.py" line="14" />
        <source>set dim to -1 (the last dimension, the classes)</source>
        <translation>把 dim 设为 -1（最后一维，即类别）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/activation.py" line="34" />
        <location filename="../../netstudio/core/layers/builtin/dropout.py" line="20" />
        <source>Overwrite the input instead of making a new tensor (saves memory; same result).</source>
        <translation>直接覆盖输入，而不是新建张量（节省内存；结果相同）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/activation.py" line="42" />
        <source>Keeps positive values and zeroes negative ones: max(0, x).</source>
        <translation>保留正值，把负值置零：max(0, x)。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/activation.py" line="43" />
        <source>ReLU capped at 6: min(max(0, x), 6) (mobile networks).</source>
        <translation>上限为 6 的 ReLU：min(max(0, x), 6)（用于移动端网络）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/activation.py" line="44" />
        <source>Like ReLU but lets a small slope through for negative values.</source>
        <translation>类似 ReLU，但负值部分保留一个小斜率。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/activation.py" line="45" />
        <source>Slope for negative inputs.</source>
        <translation>负输入的斜率。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/activation.py" line="47" />
        <source>Smooth ReLU variant: alpha * (exp(x) - 1) for negative values.</source>
        <translation>平滑的 ReLU 变体：负值部分为 alpha * (exp(x) - 1)。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/activation.py" line="48" />
        <source>Value the output approaches for very negative inputs.</source>
        <translation>输入很负时输出趋近的值。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/activation.py" line="50" />
        <source>Gaussian error linear unit, a smooth ReLU used in transformers.</source>
        <translation>高斯误差线性单元，Transformer 中常用的平滑 ReLU。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/activation.py" line="51" />
        <source>'tanh' uses a faster approximation.</source>
        <translation>“tanh”使用更快的近似计算。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/activation.py" line="53" />
        <source>Smooth ReLU variant x * sigmoid(x), also called swish.</source>
        <translation>平滑的 ReLU 变体 x * sigmoid(x)，也叫 swish。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/activation.py" line="54" />
        <source>Piecewise-linear SiLU: x * ReLU6(x + 3) / 6 (MobileNetV3).</source>
        <translation>分段线性的 SiLU：x * ReLU6(x + 3) / 6（MobileNetV3）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/activation.py" line="55" />
        <source>Piecewise-linear sigmoid: ReLU6(x + 3) / 6 (MobileNetV3).</source>
        <translation>分段线性的 sigmoid：ReLU6(x + 3) / 6（MobileNetV3）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/activation.py" line="57" />
        <source>Squashes each value into (0, 1).</source>
        <translation>把每个值压缩到 (0, 1) 之间。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/activation.py" line="58" />
        <source>Squashes each value into (-1, 1).</source>
        <translation>把每个值压缩到 (-1, 1) 之间。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/activation.py" line="76" />
        <source>Turns scores into probabilities that sum to 1 along dim.</source>
        <translation>把分数变成沿 dim 总和为 1 的概率。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/activation.py" line="78" />
        <source>Log of Softmax; pair it with NLLLoss.</source>
        <translation>Softmax 的对数；与 NLLLoss 搭配使用。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/activation.py" line="82" />
        <source>Dimension to normalise, counting the batch as 0; -1 = the last (the classes).</source>
        <translation>要归一化的维度，批次维记为 0；-1 表示最后一维（类别）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/conv.py" line="18" />
        <source>{size} pixels</source>
        <translation>{size} 像素</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/conv.py" line="19" />
        <source>{size} steps long</source>
        <translation>{size} 步长</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/conv.py" line="20" />
        <source>has kernel_size {kernel}, but its input is only {size}</source>
        <translation>的 kernel_size 为 {kernel}，但它的输入只有 {size}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/conv.py" line="22" />
        <source>has kernel_size {kernel} (it spans {span} with its dilation), but its input is only {size}</source>
        <translation>的 kernel_size 为 {kernel}（加上膨胀后跨度为 {span}），但它的输入只有 {size}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/conv.py" line="24" />
        <source>has kernel_size {kernel}, but its input is only {size} even with padding {padding}</source>
        <translation>的 kernel_size 为 {kernel}，但即使加上 {padding} 的填充，它的输入也只有 {size}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/conv.py" line="26" />
        <source>has kernel_size {kernel} (it spans {span} with its dilation), but its input is only {size} even with padding {padding}</source>
        <translation>的 kernel_size 为 {kernel}（加上膨胀后跨度为 {span}），但即使加上 {padding} 的填充，它的输入也只有 {size}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/conv.py" line="29" />
        <source>use a smaller kernel_size, add padding, or remove a pooling layer before it</source>
        <translation>使用更小的 kernel_size、添加填充，或删除它之前的一个池化层</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/conv.py" line="31" />
        <source>has groups {groups}, but its {inputs} input channels and {outputs} output channels must both divide by it</source>
        <translation>的 groups 为 {groups}，但它的 {inputs} 个输入通道和 {outputs} 个输出通道都必须能被它整除</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/conv.py" line="33" />
        <source>set groups to 1 or to a common divisor of both</source>
        <translation>把 groups 设为 1，或两者的公约数</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/conv.py" line="34" />
        <source>uses padding 'same', which torch allows only with stride 1</source>
        <translation>使用了 padding 'same'，torch 只在 stride 为 1 时允许这样做</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/conv.py" line="36" />
        <source>set stride to 1 or give padding as a number</source>
        <translation>把 stride 设为 1，或把 padding 设为数字</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/conv.py" line="37" />
        <source>has output_padding {output_padding}, which must be smaller than the stride {stride} (or the dilation)</source>
        <translation>的 output_padding 为 {output_padding}，它必须小于 stride {stride}（或 dilation）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/conv.py" line="39" />
        <source>set output_padding to 0 or to stride - 1</source>
        <translation>把 output_padding 设为 0 或 stride - 1</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/conv.py" line="40" />
        <source>would produce an empty output {shape}</source>
        <translation>会产生空的输出 {shape}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/conv.py" line="41" />
        <source>use less padding or a larger kernel_size</source>
        <translation>减少填充或使用更大的 kernel_size</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/conv.py" line="43" />
        <source>Zeros added on each side.</source>
        <translation>在每一边补零的数量。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/conv.py" line="44" />
        <source>Zeros added on each side. 'same' keeps the size (stride 1 only).</source>
        <translation>在每一边补零的数量。“same”保持尺寸不变（仅限 stride 1）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/conv.py" line="46" />
        <source>Slides learned filters over the image; each filter makes one output channel.</source>
        <translation>在图像上滑动学习到的卷积核；每个卷积核产生一个输出通道。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/conv.py" line="48" />
        <source>Slides learned filters over the sequence; each filter makes one output channel.</source>
        <translation>在序列上滑动学习到的卷积核；每个卷积核产生一个输出通道。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/conv.py" line="135" />
        <source>Channels of the input (inferred).</source>
        <translation>输入的通道数（自动推断）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/conv.py" line="138" />
        <source>Number of filters = channels of the output.</source>
        <translation>卷积核个数 = 输出的通道数。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/conv.py" line="140" />
        <source>Size of each filter.</source>
        <translation>每个卷积核的大小。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/conv.py" line="141" />
        <source>Step between filter positions.</source>
        <translation>卷积核每次移动的步长。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/conv.py" line="149" />
        <source>Extra size added to one side of the output (&lt; stride).</source>
        <translation>在输出一侧额外增加的尺寸（&lt; stride）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/conv.py" line="152" />
        <source>Spacing between filter taps.</source>
        <translation>卷积核各元素之间的间隔。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/conv.py" line="154" />
        <source>Split channels into independent groups.</source>
        <translation>把通道分成相互独立的组。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/conv.py" line="156" />
        <location filename="../../netstudio/core/layers/builtin/dense.py" line="39" />
        <source>Learn an additive bias.</source>
        <translation>学习一个加性偏置。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/conv.py" line="160" />
        <source>What the padding is filled with: zeros, a mirror of the edge, the edge repeated, or the other side.</source>
        <translation>填充的内容：零、边缘的镜像、重复的边缘，或另一侧的值。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/conv.py" line="215" />
        <source>Transposed convolution: upsamples an image with learned filters (decoders).</source>
        <translation>转置卷积：用学习到的卷积核放大图像（用于解码器）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/dense.py" line="9" />
        <source>a flat vector of features</source>
        <translation>一维特征向量</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/dense.py" line="10" />
        <source>add a Flatten layer before it (it turns {shape} into {flat})</source>
        <translation>在它之前添加 Flatten 层（它把 {shape} 变成 {flat}）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/dense.py" line="32" />
        <source>Fully connected layer: every output is a weighted sum of all inputs.</source>
        <translation>全连接层：每个输出都是所有输入的加权和。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/dense.py" line="34" />
        <source>Size of each input vector (inferred from the input).</source>
        <translation>每个输入向量的大小（由输入自动推断）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/dense.py" line="37" />
        <source>Number of outputs (neurons).</source>
        <translation>输出（神经元）的个数。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/dropout.py" line="9" />
        <source>use Dropout for inputs that are not images</source>
        <translation>对不是图像的输入使用 Dropout</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/dropout.py" line="10" />
        <source>has p = 1, so it zeroes every value while training and nothing can be learned</source>
        <translation>的 p = 1，训练时会把所有值置零，什么也学不到</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/dropout.py" line="12" />
        <source>use a p between 0.1 and 0.5</source>
        <translation>使用 0.1 到 0.5 之间的 p</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/dropout.py" line="13" />
        <source>has p = 0, so it does nothing</source>
        <translation>的 p = 0，因此不起作用</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/dropout.py" line="14" />
        <source>use a p between 0.1 and 0.5, or delete it</source>
        <translation>使用 0.1 到 0.5 之间的 p，或删除它</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/dropout.py" line="18" />
        <source>Probability of zeroing each value while training.</source>
        <translation>训练时把每个值置零的概率。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/dropout.py" line="50" />
        <source>Zeroes random values while training, so the network cannot rely on any single one.</source>
        <translation>训练时随机把一些值置零，使网络不能依赖任何单个值。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/dropout.py" line="55" />
        <source>Zeroes whole random channels of an image while training.</source>
        <translation>训练时随机把图像的整个通道置零。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/io.py" line="17" />
        <source>Where the data enters: one sample's shape, without the batch dimension.</source>
        <translation>数据进入网络的地方：一个样本的形状，不含批次维。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/io.py" line="20" />
        <source>Per-sample shape, channels first: [1, 28, 28] for MNIST images.</source>
        <translation>每个样本的形状，通道在前：MNIST 图像为 [1, 28, 28]。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/merge.py" line="9" />
        <source>adds inputs of different shapes: input 1 is {first}, input {index} is {shape}</source>
        <translation>要相加的输入形状不同：输入 1 是 {first}，输入 {index} 是 {shape}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/merge.py" line="11" />
        <source>make both branches produce the same shape (or use Concat)</source>
        <translation>让两个分支输出相同的形状（或使用 Concat）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/merge.py" line="13" />
        <source>has dim {dim}, but its inputs have only {rank} dimension(s) per sample (0 to {top})</source>
        <translation>的 dim 为 {dim}，但它的输入每个样本只有 {rank} 维（0 到 {top}）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/merge.py" line="15" />
        <source>set dim to 0 (channels)</source>
        <translation>把 dim 设为 0（通道）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/merge.py" line="16" />
        <source>joins inputs whose shapes differ outside dim {dim}: input 1 is {first}, input {index} is {shape}</source>
        <translation>要拼接的输入在 dim {dim} 以外的维度上形状不同：输入 1 是 {first}，输入 {index} 是 {shape}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/merge.py" line="18" />
        <source>all inputs must match in every dimension except dim {dim}</source>
        <translation>除 dim {dim} 外，所有输入的每个维度都必须一致</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/merge.py" line="20" />
        <source>multiplies inputs whose shapes do not broadcast ({shapes}): they need the same number of dimensions, each equal or 1</source>
        <translation>要相乘的输入形状无法广播（{shapes}）：它们的维数必须相同，且每一维相等或为 1</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/merge.py" line="23" />
        <source>make the branches' shapes match, or give one branch size 1 where they differ (e.g. [C, 1, 1])</source>
        <translation>让各分支的形状一致，或在不同的维度上让其中一个分支的大小为 1（例如 [C, 1, 1]）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/merge.py" line="94" />
        <source>Element-wise sum of its inputs (residual connections).</source>
        <translation>逐元素地把各输入相加（残差连接）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/merge.py" line="99" />
        <source>Element-wise product of its inputs; a size-1 dimension is repeated to match (gates, squeeze-and-excitation).</source>
        <translation>逐元素地把各输入相乘；大小为 1 的维度会被重复以匹配（门控、squeeze-and-excitation）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/merge.py" line="105" />
        <source>Joins its inputs along a dimension (0 = channels).</source>
        <translation>沿某个维度拼接各输入（0 = 通道）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/merge.py" line="106" />
        <source>Per-sample dimension to join along: 0 = channels, -1 = the last.</source>
        <translation>沿哪个样本维度拼接：0 = 通道，-1 = 最后一维。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/norm.py" line="18" />
        <source>[features] or [channels, length]</source>
        <translation>[特征] 或 [通道, 长度]</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/norm.py" line="19" />
        <source>use BatchNorm2d for images</source>
        <translation>图像请使用 BatchNorm2d</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/norm.py" line="20" />
        <source>add a Flatten layer before it</source>
        <translation>在它之前添加 Flatten 层</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/norm.py" line="21" />
        <source>use BatchNorm1d for flat vectors</source>
        <translation>一维向量请使用 BatchNorm1d</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/norm.py" line="22" />
        <source>add a Reshape layer before it</source>
        <translation>在它之前添加 Reshape 层</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/norm.py" line="23" />
        <source>receives shape {shape} but normalized_shape is {given}, which is not its last dimension(s)</source>
        <translation>收到形状 {shape}，但 normalized_shape 为 {given}，不是它的最后几维</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/norm.py" line="25" />
        <source>remove normalized_shape or set it to {last} or {shape}</source>
        <translation>删除 normalized_shape，或把它设为 {last} 或 {shape}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/norm.py" line="31" />
        <source>Channels (or features) of the input (inferred).</source>
        <translation>输入的通道（或特征）数（自动推断）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/norm.py" line="34" />
        <location filename="../../netstudio/core/layers/builtin/norm.py" line="114" />
        <source>Added to the variance to avoid dividing by zero.</source>
        <translation>加到方差上，避免除以零。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/norm.py" line="35" />
        <source>How fast the running statistics follow new batches.</source>
        <translation>运行统计量跟随新批次变化的速度。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/norm.py" line="37" />
        <source>Learn a scale and shift per channel.</source>
        <translation>为每个通道学习缩放和平移。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/norm.py" line="39" />
        <source>Keep running mean/variance for evaluation.</source>
        <translation>保存滑动均值和方差，用于评估。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/norm.py" line="72" />
        <source>Normalises each feature over the batch, then scales and shifts it.</source>
        <translation>在批次上对每个特征做归一化，然后缩放和平移。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/norm.py" line="74" />
        <source>Normalises each channel over the batch and the image, then scales and shifts it.</source>
        <translation>在批次和图像上对每个通道做归一化，然后缩放和平移。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/norm.py" line="108" />
        <source>Normalises each sample over its last dimensions, then scales and shifts.</source>
        <translation>在每个样本的最后几维上做归一化，然后缩放和平移。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/norm.py" line="111" />
        <source>Trailing dimensions to normalise over; empty = the whole sample (inferred).</source>
        <translation>要归一化的最后几维；留空 = 整个样本（自动推断）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/norm.py" line="116" />
        <source>Learn a scale per element.</source>
        <translation>为每个元素学习缩放。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/norm.py" line="118" />
        <source>Learn a shift per element (with elementwise_affine).</source>
        <translation>为每个元素学习平移（需 elementwise_affine）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/opaque.py" line="18" />
        <source>Imported</source>
        <translation>导入的</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/opaque.py" line="20" />
        <source>returns a {kind}, not a tensor</source>
        <translation>返回的是 {kind}，而不是张量</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/opaque.py" line="21" />
        <source>set output to the number of the element to use</source>
        <translation>把 output 设为要使用的元素的序号</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/opaque.py" line="22" />
        <source>changes the batch dimension, which a layer must keep</source>
        <translation>改变了批次维，而层必须保持批次维不变</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/opaque.py" line="24" />
        <source>import the network again or replace this node</source>
        <translation>重新导入网络，或替换这个节点</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/opaque.py" line="25" />
        <source>cannot run on its inputs ({error})</source>
        <translation>无法在它的输入上运行（{error}）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/opaque.py" line="26" />
        <source>check its params, or import the network again</source>
        <translation>检查它的参数，或重新导入网络</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/opaque.py" line="27" />
        <source>names no function</source>
        <translation>没有指定函数</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/opaque.py" line="28" />
        <source>set function, e.g. 'torch.permute'</source>
        <translation>设置 function，例如 'torch.permute'</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/opaque.py" line="29" />
        <source>names neither a torch.nn class nor code</source>
        <translation>既没有指定 torch.nn 类，也没有指定代码</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/opaque.py" line="30" />
        <source>set class, e.g. 'torch.nn.PReLU'</source>
        <translation>设置 class，例如 'torch.nn.PReLU'</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/opaque.py" line="31" />
        <source>runs your code ({code_file}), which was imported for input {traced}, but now receives {shapes}; netstudio does not run your code to find out what it makes of that</source>
        <translation>运行你的代码（{code_file}），导入时的输入是 {traced}，现在却收到 {shapes}；netstudio 不会为了弄清结果而运行你的代码</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/opaque.py" line="34" />
        <source>give the network the shape it was imported with, or import it again with --input-shape</source>
        <translation>给网络导入时的形状，或用 --input-shape 重新导入</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/opaque.py" line="36" />
        <source>cannot be built: {error}</source>
        <translation>无法构建：{error}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/opaque.py" line="37" />
        <source>runs Python code from {code_file} (submodule '{path}') when the network is built: {reason}</source>
        <translation>构建网络时会运行来自 {code_file} 的 Python 代码（子模块“{path}”）：{reason}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/opaque.py" line="39" />
        <source>netstudio runs it only when you allow that file (File &gt; Allow Code From…, or NETSTUDIO_TRUST_CODE); rebuild it from layers to edit it</source>
        <translation>只有在你允许该文件后 netstudio 才会运行它（文件 &gt; 允许来自…的代码，或 NETSTUDIO_TRUST_CODE）；要编辑它，请用层重新搭建</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/opaque.py" line="42" />
        <source>it has no netstudio layer</source>
        <translation>它没有对应的 netstudio 层</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/opaque.py" line="43" />
        <source>function</source>
        <translation>函数</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/opaque.py" line="44" />
        <source>module</source>
        <translation>模块</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/opaque.py" line="45" />
        <source>(the whole model)</source>
        <translation>（整个模型）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/opaque.py" line="46" />
        <source>is an opaque {kind} ({what}): {reason}</source>
        <translation>是一个不透明的{kind}（{what}）：{reason}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/opaque.py" line="47" />
        <source>it trains and exports as it is; its params can be edited as JSON</source>
        <translation>它可以原样训练和导出；它的参数可以作为 JSON 编辑</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/opaque.py" line="53" />
        <source>Input shapes (per sample) it was imported with.</source>
        <translation>导入时的输入形状（每个样本）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/opaque.py" line="56" />
        <source>Output shape (per sample) it was imported with.</source>
        <translation>导入时的输出形状（每个样本）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/opaque.py" line="59" />
        <source>Which element of a tuple result to use; empty = the result itself.</source>
        <translation>使用元组结果中的哪个元素；留空 = 结果本身。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/opaque.py" line="62" />
        <source>Why it has no layer of its own.</source>
        <translation>它为什么没有对应的层。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/opaque.py" line="180" />
        <source>A torch.nn layer class, e.g. 'torch.nn.PReLU'.</source>
        <translation>一个 torch.nn 层类，例如 'torch.nn.PReLU'。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/opaque.py" line="181" />
        <source>Keyword arguments of its constructor.</source>
        <translation>构造函数的关键字参数。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/opaque.py" line="184" />
        <source>Or: the user's code it comes from, 'FILE.py:CLASS'.</source>
        <translation>或者：它来自的用户代码，'FILE.py:CLASS'。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/opaque.py" line="186" />
        <source>The submodule of that class, e.g. 'layer1.0.attn'.</source>
        <translation>该类的子模块，例如 'layer1.0.attn'。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/opaque.py" line="188" />
        <source>Trainable parameters of the code's submodule.</source>
        <translation>代码中该子模块的可训练参数数。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/opaque.py" line="192" />
        <source>The tensor function, e.g. 'torch.permute' or 'Tensor.mean'.</source>
        <translation>张量函数，例如 'torch.permute' 或 'Tensor.mean'。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/opaque.py" line="194" />
        <source>Positional arguments; {"input": 0} is the first input.</source>
        <translation>位置参数；{"input": 0} 表示第一个输入。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/opaque.py" line="199" />
        <source>Tensors it stores, {name: {"shape": [...], "trainable": bool}}.</source>
        <translation>它保存的张量，{name: {"shape": [...], "trainable": bool}}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/opaque.py" line="197" />
        <source>Keyword arguments.</source>
        <translation>关键字参数。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/opaque.py" line="205" />
        <source>An imported module netstudio has no layer for; it runs as it is.</source>
        <translation>导入的模块，netstudio 没有对应的层；它按原样运行。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/opaque.py" line="207" />
        <source>An imported tensor function netstudio has no layer for; it runs as it is.</source>
        <translation>导入的张量函数，netstudio 没有对应的层；它按原样运行。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/pool.py" line="12" />
        <source>has padding {padding}, but pooling allows at most half the kernel size {kernel}</source>
        <translation>的 padding 为 {padding}，但池化最多只允许窗口大小 {kernel} 的一半</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/pool.py" line="14" />
        <source>use less padding or a larger kernel</source>
        <translation>减少填充或使用更大的窗口</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/pool.py" line="50" />
        <source>Size of the pooling window.</source>
        <translation>池化窗口的大小。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/pool.py" line="52" />
        <source>Step between windows; empty = kernel_size.</source>
        <translation>窗口之间的步长；留空 = kernel_size。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/pool.py" line="55" />
        <source>Padding on each side (at most half the kernel).</source>
        <translation>每一边的填充（最多为窗口的一半）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/pool.py" line="60" />
        <source>Spacing between window taps.</source>
        <translation>窗口各元素之间的间隔。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/pool.py" line="62" />
        <source>Round the output size up, not down.</source>
        <translation>输出尺寸向上取整，而不是向下。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/pool.py" line="65" />
        <source>Count padded zeros in the average.</source>
        <translation>求平均时把填充的零也算进去。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/pool.py" line="66" />
        <source>Divide each window's sum by this instead of its size; empty = the window size.</source>
        <translation>用这个数而不是窗口大小去除每个窗口的和；留空 = 窗口大小。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/pool.py" line="95" />
        <source>Keeps the largest value in each window: halves H and W with kernel_size 2.</source>
        <translation>保留每个窗口中的最大值：kernel_size 为 2 时把 H 和 W 减半。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/pool.py" line="100" />
        <source>Averages each window.</source>
        <translation>对每个窗口求平均。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/pool.py" line="121" />
        <source>Averages down to a fixed output size, whatever the input size ([C, 1, 1] = global average).</source>
        <translation>无论输入多大，都平均到固定的输出尺寸（[C, 1, 1] = 全局平均）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/pool.py" line="124" />
        <source>Keeps the largest value of each region of a fixed output grid, whatever the input size ([C, 1, 1] = global maximum).</source>
        <translation>无论输入多大，都保留固定输出网格中每个区域的最大值（[C, 1, 1] = 全局最大值）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/pool.py" line="130" />
        <source>Height and width of the output.</source>
        <translation>输出的高和宽。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/pool.py" line="134" />
        <source>Keeps the largest value in each window of a sequence [channels, length].</source>
        <translation>保留序列 [通道, 长度] 每个窗口中的最大值。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/recurrent.py" line="15" />
        <source>a sequence [steps, features]</source>
        <translation>序列 [步数, 特征]</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/recurrent.py" line="16" />
        <source>add a Reshape layer before it with shape {to} (rows as steps)</source>
        <translation>在它之前添加 shape 为 {to} 的 Reshape 层（每行作为一步）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/recurrent.py" line="18" />
        <source>[steps, features]</source>
        <translation>[步数, 特征]</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/recurrent.py" line="19" />
        <source>{count} features per step</source>
        <translation>每步 {count} 个特征</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/recurrent.py" line="20" />
        <source>has dropout {dropout} but only one layer: recurrent dropout acts between stacked layers, so here it does nothing</source>
        <translation>的 dropout 为 {dropout}，但只有一层：循环层的 dropout 作用于堆叠的层之间，所以这里不起作用</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/recurrent.py" line="23" />
        <source>set num_layers to 2 or more, or dropout to 0</source>
        <translation>把 num_layers 设为 2 或更多，或把 dropout 设为 0</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/recurrent.py" line="30" />
        <source>Features per step (inferred from the input).</source>
        <translation>每步的特征数（由输入自动推断）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/recurrent.py" line="33" />
        <source>Size of the hidden state (the output per step).</source>
        <translation>隐藏状态的大小（每步的输出）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/recurrent.py" line="36" />
        <source>Recurrent layers stacked on each other.</source>
        <translation>相互堆叠的循环层数。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/recurrent.py" line="41" />
        <source>Activation inside the cell.</source>
        <translation>单元内部使用的激活函数。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/recurrent.py" line="44" />
        <source>Learn bias weights.</source>
        <translation>学习偏置权重。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/recurrent.py" line="45" />
        <source>Dropout between stacked layers (needs num_layers &gt; 1).</source>
        <translation>堆叠层之间的 dropout（需要 num_layers &gt; 1）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/recurrent.py" line="49" />
        <source>Also read the sequence backwards; doubles the output size.</source>
        <translation>同时反向读取序列；输出大小加倍。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/recurrent.py" line="52" />
        <source>'last': the final hidden state [hidden]; 'sequence': every step [seq, hidden].</source>
        <translation>“last”：最后的隐藏状态 [hidden]；“sequence”：每一步 [seq, hidden]。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/recurrent.py" line="112" />
        <source>Simple recurrent layer: reads a sequence step by step, keeping a hidden state.</source>
        <translation>简单循环层：逐步读取序列，并保持一个隐藏状态。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/recurrent.py" line="114" />
        <source>Long short-term memory: a recurrent layer with gates that remember longer.</source>
        <translation>长短期记忆：带有门控、能记住更久信息的循环层。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/recurrent.py" line="116" />
        <source>Gated recurrent unit: a lighter LSTM.</source>
        <translation>门控循环单元：更轻量的 LSTM。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/shape.py" line="18" />
        <source>has {field} {value}, but its input {shape} has dimensions 1 to {top} after the batch</source>
        <translation>的 {field} 为 {value}，但它的输入 {shape} 在批次维之后只有第 1 到 {top} 维</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/shape.py" line="20" />
        <source>set {field} to {suggestion}</source>
        <translation>把 {field} 设为 {suggestion}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/shape.py" line="21" />
        <source>has start_dim 0, which would merge the samples of a batch</source>
        <translation>的 start_dim 为 0，会把一个批次中的样本合并在一起</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/shape.py" line="23" />
        <source>set start_dim to 1</source>
        <translation>把 start_dim 设为 1</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/shape.py" line="24" />
        <source>has start_dim {start} after end_dim {end}</source>
        <translation>的 start_dim {start} 在 end_dim {end} 之后</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/shape.py" line="25" />
        <source>set start_dim to 1 and end_dim to -1</source>
        <translation>把 start_dim 设为 1，end_dim 设为 -1</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/shape.py" line="26" />
        <source>has shape {target}, but a shape needs sizes &gt;= 1 and at most one -1</source>
        <translation>的 shape 为 {target}，但形状的各维必须 &gt;= 1，且最多只能有一个 -1</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/shape.py" line="28" />
        <source>set shape to e.g. {suggestion}</source>
        <translation>把 shape 设为例如 {suggestion}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/shape.py" line="29" />
        <source>cannot reshape {shape} ({count} numbers) into {target}: {count} does not divide by {known}</source>
        <translation>无法把 {shape}（{count} 个数）变形为 {target}：{count} 不能被 {known} 整除</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/shape.py" line="31" />
        <source>choose sizes whose product divides {count}</source>
        <translation>选择乘积能整除 {count} 的尺寸</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/shape.py" line="32" />
        <source>cannot reshape {shape} ({count} numbers) into {target} ({known} numbers)</source>
        <translation>无法把 {shape}（{count} 个数）变形为 {target}（{known} 个数）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/shape.py" line="34" />
        <source>choose sizes that multiply to {count}, e.g. {suggestion}</source>
        <translation>选择乘积为 {count} 的尺寸，例如 {suggestion}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/shape.py" line="36" />
        <source>has neither size nor scale_factor</source>
        <translation>既没有 size 也没有 scale_factor</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/shape.py" line="37" />
        <source>set scale_factor to 2</source>
        <translation>把 scale_factor 设为 2</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/shape.py" line="38" />
        <source>would shrink {shape} to nothing with scale_factor {scale}</source>
        <translation>在 scale_factor 为 {scale} 时会把 {shape} 缩小为空</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/shape.py" line="39" />
        <source>use a larger scale_factor</source>
        <translation>使用更大的 scale_factor</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/shape.py" line="67" />
        <source>Turns an image [C, H, W] into a flat vector [C*H*W] for Linear.</source>
        <translation>把图像 [C, H, W] 展平成一维向量 [C*H*W]，供 Linear 使用。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/shape.py" line="69" />
        <source>First dimension to merge (the batch is 0).</source>
        <translation>要合并的第一个维度（批次维为 0）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/shape.py" line="71" />
        <source>Last dimension to merge (-1 = the last).</source>
        <translation>要合并的最后一个维度（-1 = 最后一维）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/shape.py" line="104" />
        <source>Rearranges the numbers of each sample into a new shape (one size may be -1: whatever is left).</source>
        <translation>把每个样本的数重新排列成新的形状（可以有一维为 -1：表示剩下的全部）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/shape.py" line="107" />
        <source>Per-sample target shape, e.g. [1, 28, 28]; one -1 allowed.</source>
        <translation>每个样本的目标形状，例如 [1, 28, 28]；允许一个 -1。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/shape.py" line="140" />
        <source>Enlarges an image by repeating (nearest) or interpolating pixels.</source>
        <translation>通过重复（nearest）或插值像素来放大图像。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/shape.py" line="143" />
        <source>Output height and width; when given it wins over scale_factor.</source>
        <translation>输出的高和宽；给出时优先于 scale_factor。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/shape.py" line="146" />
        <source>Multiply height and width by this.</source>
        <translation>高和宽乘以这个倍数。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/shape.py" line="148" />
        <source>How new pixels are filled.</source>
        <translation>新像素的填充方式。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/registry.py" line="135" />
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/registry.py" line="136" />
        <source>a whole number from {low} to {high}</source>
        <translation>{low} 到 {high} 之间的整数</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/registry.py" line="137" />
        <source>a whole number &gt;= {low}</source>
        <translation>&gt;= {low} 的整数</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/registry.py" line="138" />
        <source>a whole number &lt;= {high}</source>
        <translation>&lt;= {high} 的整数</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/registry.py" line="139" />
        <source>a number</source>
        <translation>数</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/registry.py" line="140" />
        <source>a number from {low} to {high}</source>
        <translation>{low} 到 {high} 之间的数</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/registry.py" line="141" />
        <source>a number &gt;= {low}</source>
        <translation>&gt;= {low} 的数</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/registry.py" line="142" />
        <source>a number &lt;= {high}</source>
        <translation>&lt;= {high} 的数</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/registry.py" line="143" />
        <source>a list of whole numbers</source>
        <translation>整数列表</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/registry.py" line="144" />
        <source>a list of whole numbers from {low} to {high}</source>
        <translation>由 {low} 到 {high} 之间的整数组成的列表</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/registry.py" line="145" />
        <source>a list of whole numbers &gt;= {low}</source>
        <translation>由 &gt;= {low} 的整数组成的列表</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/registry.py" line="146" />
        <source>a list of whole numbers &gt;= 1, one of which may be -1</source>
        <translation>由 &gt;= 1 的整数组成的列表，其中一个可以是 -1</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/registry.py" line="148" />
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/registry.py" line="149" />
        <source>one of {choices}</source>
        <translation>{choices} 之一</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/registry.py" line="150" />
        <source>{number} or a pair [height, width] of them</source>
        <translation>{number}，或由它们组成的一对 [高, 宽]</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/registry.py" line="151" />
        <source>{requirement} or one of {choices}</source>
        <translation>{requirement}，或 {choices} 之一</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/registry.py" line="152" />
        <source>a text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/registry.py" line="153" />
        <source>a JSON value</source>
        <translation>JSON 值</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/registry.py" line="154" />
        <source>{requirement} (or empty)</source>
        <translation>{requirement}（或留空）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/registry.py" line="155" />
        <source>{requirement}, at most {limit}</source>
        <translation>{requirement}，最大为 {limit}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/blocks.py" line="14" />
        <source>is part of a block; blocks are checked as the layers they stand for</source>
        <translation>是块的一部分；块按其代表的各层进行检查</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/blocks.py" line="26" />
        <source>Blocks</source>
        <translation>块</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/blocks.py" line="28" />
        <source>A block: a named group of layers defined once and used here; editing its definition changes every use.</source>
        <translation>块：定义一次并在此处使用的一组具名的层；编辑其定义会改变每一处使用。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/blocks.py" line="31" />
        <source>The name of the block definition it uses.</source>
        <translation>它所使用的块定义的名称。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/blocks.py" line="35" />
        <source>An input of the block it is in: what the block's instance receives on port N.</source>
        <translation>所在块的一个输入：块的实例在端口 N 上接收的内容。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/blocks.py" line="38" />
        <source>Which input of the instance (0 = the first).</source>
        <translation>实例的第几个输入（0 = 第一个）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/builtin/blocks.py" line="42" />
        <source>The output of the block it is in: what the block gives.</source>
        <translation>所在块的输出：块给出的结果。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/opaque_messages.py" line="5" />
        <source>'{name}' is not on netstudio's list of tensor operations it runs</source>
        <translation>'{name}' 不在 netstudio 可运行的张量运算列表中</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/opaque_messages.py" line="9" />
        <source>unknown argument {dumps}: use one of {argument_kinds}</source>
        <translation>未知参数 {dumps}：请使用以下之一：{argument_kinds}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/opaque_messages.py" line="13" />
        <source>an argument of type {error} cannot be written to a project file</source>
        <translation>类型为 {error} 的参数无法写入项目文件</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/opaque_messages.py" line="17" />
        <source>'{name}' is not a function netstudio runs (it runs torch, torch.nn.functional, Tensor, operator and aten tensor operations)</source>
        <translation>'{name}' 不是 netstudio 可运行的函数（它运行 torch、torch.nn.functional、Tensor、operator 和 aten 的张量运算）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/opaque_messages.py" line="22" />
        <source>argument {dumps} must be a one-key object ({argument_kinds})</source>
        <translation>参数 {dumps} 必须是只有一个键的对象（{argument_kinds}）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/opaque_messages.py" line="26" />
        <source>'{name}' is not a torch.nn layer class</source>
        <translation>'{name}' 不是 torch.nn 层类</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/opaque_messages.py" line="27" />
        <source>code {code!r} must be FILE.py:NAME</source>
        <translation>code {code!r} 必须写成 FILE.py:NAME</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/opaque_messages.py" line="28" />
        <source>it runs Python code from {file}, which netstudio runs only when you allow it. Allow it in the app (File &gt; Allow Code From…) or set NETSTUDIO_TRUST_CODE={file}</source>
        <translation>它会运行来自 {file} 的 Python 代码，netstudio 只有在你允许时才会运行。请在应用中允许（文件 &gt; 允许来自…的代码），或者设置 NETSTUDIO_TRUST_CODE={file}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/opaque_messages.py" line="34" />
        <source>{{"input": {v}}} names an input the node does not have (it has {count})</source>
        <translation>{{"input": {v}}} 指定的输入在该节点上不存在（它有 {count} 个输入）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/opaque_messages.py" line="39" />
        <source>{{"tensor": {dumps}}} is not one of the node's tensors</source>
        <translation>{{"tensor": {dumps}}} 不是该节点的张量之一</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/opaque_messages.py" line="43" />
        <source>the argument {value} cannot be written to a project file</source>
        <translation>参数 {value} 无法写入项目文件</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/opaque_messages.py" line="47" />
        <source>dtype {name} is not supported</source>
        <translation>不支持 dtype {name}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/layers/opaque_messages.py" line="48" />
        <source>{name}:{name2} has no submodule '{path}' any more; import the network again</source>
        <translation>{name}:{name2} 中已经没有子模块 '{path}'；请重新导入网络</translation>
    </message>
</context>
<context>
    <name>LivePlots</name>
    <message>
        <location filename="../../netstudio/gui/training/plots.py" line="32" />
        <source>batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/plots.py" line="34" />
        <source>smoothed</source>
        <translation>平滑</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/plots.py" line="37" />
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/plots.py" line="95" />
        <source>Faint: each batch report · bold: smoothed · dots: validation per epoch · dashed: the other selected runs (named in the legend)</source>
        <translation>浅色：每次批次报告 · 粗线：平滑曲线 · 圆点：每轮的验证结果 · 虚线：其他选中的运行（图例中注明名称）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/plots.py" line="99" />
        <source>Loss on a log scale</source>
        <translation>损失使用对数刻度</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/plots.py" line="100" />
        <source>Small losses late in training stay readable.</source>
        <translation>训练后期的小损失值依然清晰可读。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/plots.py" line="106" />
        <source>No curves yet: Train (F5) draws them here, or select a run in the table to see its curves.</source>
        <translation>还没有曲线：训练（F5）会在这里画出曲线，或在表格中选择一个运行查看它的曲线。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/plots.py" line="203" />
        <source>shown run</source>
        <translation>显示的运行</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/plots.py" line="255" />
        <source>epoch {0}</source>
        <translation>轮次 {0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/plots.py" line="258" />
        <source>loss {0}</source>
        <translation>损失 {0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/plots.py" line="261" />
        <source>accuracy {0}</source>
        <translation>准确率 {0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/plots.py" line="264" />
        <source>validation loss {0}</source>
        <translation>验证损失 {0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/plots.py" line="268" />
        <source>{0}: loss {1}</source>
        <translation>{0}：损失 {1}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/plots.py" line="269" />
        <source>compared run</source>
        <translation>对比运行</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/plots.py" line="77" />
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/plots.py" line="78" />
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/plots.py" line="82" />
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../netstudio/gui/main_window.py" line="74" />
        <source>Drag layers here from the palette on the left.</source>
        <translation>从左侧的层列表把层拖到这里。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/main_window.py" line="88" />
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/main_window.py" line="90" />
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/main_window.py" line="92" />
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/main_window.py" line="94" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/main_window.py" line="146" />
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/main_window.py" line="212" />
        <source>Shape check failed: %1</source>
        <translation>形状检查失败：%1</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/main_window.py" line="237" />
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/main_window.py" line="304" />
        <source>Training panels unavailable: %1</source>
        <translation>训练面板不可用：%1</translation>
    </message>
</context>
<context>
    <name>MinimapWidget</name>
    <message>
        <location filename="../../netstudio/gui/canvas/minimap.py" line="36" />
        <source>Overview: click or drag to move the view</source>
        <translation>概览：单击或拖动以移动视图</translation>
    </message>
</context>
<context>
    <name>MisclassifiedGallery</name>
    <message>
        <location filename="../../netstudio/gui/inspect/misclassified.py" line="29" />
        <location filename="../../netstudio/gui/inspect/misclassified.py" line="59" />
        <source>The test images the network got wrong, most confident first.</source>
        <translation>网络分错的测试图像，最有把握的错误排在前面。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/misclassified.py" line="50" />
        <source>{0} test images were misclassified, most confident mistakes first.</source>
        <translation>{0} 张测试图像被误分类，最有把握的错误排在前面。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/misclassified.py" line="67" />
        <source>Correct predictions of {0} are not listed here; this gallery shows mistakes only.</source>
        <translation>这里不列出 {0} 的正确预测；此处只显示误分类样本。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/misclassified.py" line="70" />
        <source>{0} images of {1} that the network took for {2}.</source>
        <translation>{0} 张 {1} 的图像被网络当成了 {2}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/misclassified.py" line="75" />
        <source>{0} misclassified test images.</source>
        <translation>{0} 张误分类的测试图像。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/misclassified.py" line="90" />
        <source> Showing the first {0}.</source>
        <translation>显示前 {0} 张。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/misclassified.py" line="96" />
        <source>said {0} ({1})
is {2}</source>
        <translation>预测 {0}（{1}）
实际 {2}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/misclassified.py" line="101" />
        <source>test image #{0}</source>
        <translation>测试图像 #{0}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../netstudio/gui/canvas/navigation.py" line="26" />
        <source>&amp;Find Layer…</source>
        <translation>查找层(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/navigation.py" line="27" />
        <source>Zoom to &amp;Selection</source>
        <translation>缩放到所选(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/navigation.py" line="29" />
        <source>&amp;Overview Map</source>
        <translation>概览图(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/navigation.py" line="36" />
        <source>Layout &amp;Top to Bottom</source>
        <translation>从上到下布局(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/navigation.py" line="38" />
        <source>Layout Left to &amp;Right</source>
        <translation>从左到右布局(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/navigation.py" line="76" />
        <source>Select layers first, then zoom to them.</source>
        <translation>请先选择层，再缩放到它们。</translation>
    </message>
</context>
<context>
    <name>Optimizers</name>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="22" />
        <source>L2 penalty on the weights (training.weight_decay sets it too).</source>
        <translation>对权重的 L2 惩罚（training.weight_decay 也会设置它）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="28" />
        <source>Decay rates of the running averages of the gradient and its square.</source>
        <translation>梯度及其平方的滑动平均的衰减率。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="35" />
        <source>Added to the denominator for numerical stability.</source>
        <translation>加到分母上，保证数值稳定。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="41" />
        <source>Maximize the objective instead of minimizing it.</source>
        <translation>最大化目标，而不是最小化。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="44" />
        <source>Use the AMSGrad variant (the maximum of past squared gradients).</source>
        <translation>使用 AMSGrad 变体（取历史梯度平方的最大值）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="47" />
        <source>Apply weight decay to the weights directly (AdamW style).</source>
        <translation>把权重衰减直接作用在权重上（AdamW 的方式）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="73" />
        <source>Stochastic gradient descent, optionally with (Nesterov) momentum.</source>
        <translation>随机梯度下降，可选（Nesterov）动量。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="76" />
        <source>Keep this share of the previous step's direction.</source>
        <translation>保留上一步方向的这个比例。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="80" />
        <source>Dampening of the momentum.</source>
        <translation>动量的阻尼。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="83" />
        <source>Nesterov momentum (needs momentum &gt; 0).</source>
        <translation>Nesterov 动量（需要 momentum &gt; 0）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="85" />
        <source>the classic; with momentum 0.9 and a schedule it generalizes well</source>
        <translation>经典之选；配合 0.9 的动量和学习率调度，泛化效果好</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="88" />
        <source>Adaptive moment estimation: per-weight step sizes from running averages of the gradient and its square.</source>
        <translation>自适应矩估计：根据梯度及其平方的滑动平均，为每个权重确定步长。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="92" />
        <source>a robust default; lr 0.001 works for most networks</source>
        <translation>稳妥的默认选择；学习率 0.001 适用于大多数网络</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="93" />
        <source>Adam with decoupled weight decay.</source>
        <translation>带解耦权重衰减的 Adam。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="95" />
        <source>Adam whose weight decay works as intended; the usual choice with weight decay</source>
        <translation>权重衰减按预期工作的 Adam；使用权重衰减时的常用选择</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="97" />
        <source>Adadelta: step sizes from running averages of squared gradients and updates; lr 1.0 is its natural scale.</source>
        <translation>Adadelta：根据梯度平方和更新量的滑动平均确定步长；学习率 1.0 是它的自然尺度。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="101" />
        <source>Decay rate of the running averages.</source>
        <translation>滑动平均的衰减率。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="104" />
        <source>the PyTorch MNIST example's optimizer (lr 1.0 with a StepLR schedule)</source>
        <translation>PyTorch MNIST 示例使用的优化器（学习率 1.0，配合 StepLR 调度）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="106" />
        <source>Adafactor: Adam-like with factored second moments (little memory).</source>
        <translation>Adafactor：类似 Adam，对二阶矩做分解（占用内存少）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="109" />
        <source>Decay exponent of the second-moment average.</source>
        <translation>二阶矩平均的衰减指数。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="112" />
        <source>Clipping threshold of the update.</source>
        <translation>更新量的裁剪阈值。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="115" />
        <source>for large networks where Adam's memory matters</source>
        <translation>适合 Adam 的内存开销成为问题的大型网络</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="116" />
        <source>Adagrad: per-weight step sizes shrinking with the sum of squared gradients.</source>
        <translation>Adagrad：每个权重的步长随梯度平方和的增长而缩小。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="119" />
        <source>Learning-rate decay per step.</source>
        <translation>每一步的学习率衰减。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="122" />
        <source>Starting value of the sums.</source>
        <translation>累加和的初始值。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="125" />
        <source>sparse features; its steps only shrink</source>
        <translation>适合稀疏特征；它的步长只会变小</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="126" />
        <source>Adamax: Adam with the infinity norm.</source>
        <translation>Adamax：使用无穷范数的 Adam。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="128" />
        <source>Adam with Nesterov momentum.</source>
        <translation>带 Nesterov 动量的 Adam。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="131" />
        <source>Momentum decay.</source>
        <translation>动量衰减。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="133" />
        <source>Rectified Adam: a warm-up of the adaptive step built in.</source>
        <translation>Rectified Adam：内置自适应步长的预热。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="136" />
        <source>Adam that needs no learning-rate warm-up</source>
        <translation>不需要学习率预热的 Adam</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="137" />
        <source>RMSprop: step sizes from a running average of squared gradients.</source>
        <translation>RMSprop：根据梯度平方的滑动平均确定步长。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="140" />
        <source>Smoothing constant.</source>
        <translation>平滑常数。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="143" />
        <source>Momentum factor.</source>
        <translation>动量系数。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="145" />
        <source>Normalize by the gradient's variance.</source>
        <translation>按梯度的方差归一化。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="147" />
        <source>Resilient backpropagation: step sizes from the signs of the gradients (meant for full batches).</source>
        <translation>弹性反向传播：根据梯度的符号确定步长（适用于全批量训练）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="151" />
        <source>Factors that shrink and grow the step (etaminus &lt; 1 &lt; etaplus).</source>
        <translation>缩小和放大步长的系数（etaminus &lt; 1 &lt; etaplus）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="154" />
        <source>Smallest and largest step.</source>
        <translation>最小和最大的步长。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="157" />
        <source>Averaged stochastic gradient descent.</source>
        <translation>平均随机梯度下降。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="158" />
        <source>Decay term.</source>
        <translation>衰减项。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="160" />
        <source>Power for the lr update.</source>
        <translation>学习率更新的幂次。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="162" />
        <source>Step at which averaging starts.</source>
        <translation>开始求平均的步数。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="164" />
        <source>L-BFGS: a quasi-Newton method; each step evaluates the batch several times (meant for full batches and small networks).</source>
        <translation>L-BFGS：一种拟牛顿法；每一步会多次计算同一批数据（适用于全批量训练和小型网络）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="168" />
        <source>Iterations per step.</source>
        <translation>每一步的迭代次数。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="170" />
        <source>Function evaluations per step (default max_iter x 1.25).</source>
        <translation>每一步的函数求值次数（默认 max_iter x 1.25）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="173" />
        <source>Stop when the gradient is this small.</source>
        <translation>梯度小到这个值时停止。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="176" />
        <source>Stop when the loss changes less.</source>
        <translation>损失的变化小于这个值时停止。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="179" />
        <source>Updates kept to estimate the curvature.</source>
        <translation>为估计曲率而保留的更新次数。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="182" />
        <source>A line search instead of fixed steps.</source>
        <translation>用线搜索代替固定步长。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="184" />
        <source>large batches of a small network</source>
        <translation>小型网络配合大批量</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="38" />
        <location filename="../../netstudio/core/optim/schedules.py" line="55" />
        <location filename="../../netstudio/core/optim/schedules.py" line="62" />
        <location filename="../../netstudio/core/optim/schedules.py" line="187" />
        <source>Multiply the learning rate by this.</source>
        <translation>把学习率乘以这个数。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="41" />
        <source>The lowest learning rate.</source>
        <translation>最低学习率。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="43" />
        <source>Step decay (StepLR)</source>
        <translation>阶梯衰减（StepLR）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="44" />
        <source>lr x gamma every step_size epochs.</source>
        <translation>每 step_size 轮把学习率乘以 gamma。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="46" />
        <source>Epochs between two decays.</source>
        <translation>两次衰减之间的轮数。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="49" />
        <source>Decay at milestones (MultiStepLR)</source>
        <translation>在里程碑处衰减（MultiStepLR）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="50" />
        <source>lr x gamma at each milestone epoch.</source>
        <translation>在每个里程碑轮次把学习率乘以 gamma。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="52" />
        <source>Epochs after which the rate decays.</source>
        <translation>学习率在这些轮次之后衰减。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="59" />
        <source>Exponential decay (ExponentialLR)</source>
        <translation>指数衰减（ExponentialLR）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="60" />
        <source>lr x gamma after every epoch.</source>
        <translation>每一轮之后把学习率乘以 gamma。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="65" />
        <source>Cosine decay (CosineAnnealingLR)</source>
        <translation>余弦衰减（CosineAnnealingLR）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="66" />
        <source>Cosine from lr down to eta_min over the run (per epoch).</source>
        <translation>在整个训练中按余弦曲线从 lr 降到 eta_min（按轮）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="72" />
        <source>Cosine with restarts (CosineAnnealingWarmRestarts)</source>
        <translation>带重启的余弦（CosineAnnealingWarmRestarts）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="73" />
        <source>Cosine from lr to eta_min, then back to lr: cycles of T_0 epochs, each T_mult times longer than the last (per batch).</source>
        <translation>按余弦曲线从 lr 降到 eta_min，再回到 lr：每个周期 T_0 轮，每个周期是上一个的 T_mult 倍长（按批）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="77" />
        <source>Epochs in the first cycle.</source>
        <translation>第一个周期的轮数。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="80" />
        <source>Each cycle is this many times longer.</source>
        <translation>每个周期比上一个长这么多倍。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="86" />
        <source>Linear ramp (LinearLR)</source>
        <translation>线性变化（LinearLR）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="87" />
        <source>From lr x start_factor to lr x end_factor over total_iters epochs.</source>
        <translation>在 total_iters 轮内从 lr x start_factor 变到 lr x end_factor。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="90" />
        <location filename="../../netstudio/core/optim/schedules.py" line="100" />
        <source>Factor at the start.</source>
        <translation>开始时的系数。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="93" />
        <source>Factor at the end.</source>
        <translation>结束时的系数。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="95" />
        <source>Epochs the ramp lasts.</source>
        <translation>变化持续的轮数。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="97" />
        <source>Reduced start (ConstantLR)</source>
        <translation>降低的起始学习率（ConstantLR）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="98" />
        <source>lr x factor for the first total_iters epochs, then lr.</source>
        <translation>前 total_iters 轮使用 lr x factor，之后使用 lr。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="102" />
        <source>Epochs at the reduced rate.</source>
        <translation>使用降低学习率的轮数。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="104" />
        <source>Polynomial decay (PolynomialLR)</source>
        <translation>多项式衰减（PolynomialLR）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="105" />
        <source>lr x (1 - epoch / total_iters) ^ power, down to 0 at total_iters.</source>
        <translation>lr x (1 - epoch / total_iters) ^ power，在 total_iters 时降到 0。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="108" />
        <source>Epochs until the rate reaches 0 (default: the whole run).</source>
        <translation>学习率降到 0 所用的轮数（默认：整个训练）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="111" />
        <source>1 is a straight line.</source>
        <translation>1 表示直线。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="123" />
        <source>One cycle (OneCycleLR)</source>
        <translation>单周期（OneCycleLR）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="124" />
        <source>Up from max_lr / div_factor to max_lr over the first pct_start of the run, then down to almost 0 (per batch). Fast convergence: netstudio's fast recipe.</source>
        <translation>在训练的前 pct_start 部分从 max_lr / div_factor 升到 max_lr，然后降到接近 0（按批）。收敛快：netstudio 快速方案使用它。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="128" />
        <source>The peak learning rate (default: training.lr).</source>
        <translation>学习率的峰值（默认：training.lr）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="131" />
        <source>Share of the run spent rising.</source>
        <translation>学习率上升阶段占整个训练的比例。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="134" />
        <source>Shape of the curve.</source>
        <translation>曲线的形状。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="137" />
        <source>Start at max_lr / div_factor.</source>
        <translation>从 max_lr / div_factor 开始。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="140" />
        <source>End at the start rate / final_div_factor.</source>
        <translation>结束于起始学习率 / final_div_factor。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="143" />
        <source>Come down symmetrically before the final decay.</source>
        <translation>在最后的衰减之前对称地下降。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="146" />
        <location filename="../../netstudio/core/optim/schedules.py" line="173" />
        <source>Cycle the momentum (or Adam's beta1) against the rate (only optimizers that have one).</source>
        <translation>让动量（或 Adam 的 beta1）与学习率反向循环（仅适用于有动量的优化器）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="155" />
        <source>Cyclic (CyclicLR)</source>
        <translation>循环（CyclicLR）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="156" />
        <source>Back and forth between base_lr and max_lr, step_size_up batches each way (per batch).</source>
        <translation>在 base_lr 和 max_lr 之间来回变化，每个方向 step_size_up 批（按批）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="159" />
        <source>The lowest rate (default: training.lr / 10).</source>
        <translation>最低学习率（默认：training.lr / 10）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="162" />
        <source>The highest rate (default: training.lr).</source>
        <translation>最高学习率（默认：training.lr）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="165" />
        <source>Batches going up.</source>
        <translation>上升阶段的批数。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="167" />
        <source>triangular2 halves the amplitude every cycle; exp_range shrinks it by gamma every batch.</source>
        <translation>triangular2 每个周期把幅度减半；exp_range 每批把幅度乘以 gamma。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="171" />
        <source>For exp_range.</source>
        <translation>用于 exp_range。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="183" />
        <source>Reduce on plateau (ReduceLROnPlateau)</source>
        <translation>停滞时降低（ReduceLROnPlateau）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="184" />
        <source>lr x factor when the validation loss has not improved for patience epochs.</source>
        <translation>验证损失连续 patience 轮没有改善时，把学习率乘以 factor。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="191" />
        <source>Epochs without improvement before reducing.</source>
        <translation>降低学习率之前允许没有改善的轮数。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="195" />
        <source>Smallest change that counts as improvement.</source>
        <translation>算作改善的最小变化。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="198" />
        <source>Epochs to wait after a reduction.</source>
        <translation>降低之后等待的轮数。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="200" />
        <source>Never below this.</source>
        <translation>不会低于这个值。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="216" />
        <source>Warm-up, then cosine (LinearLR + CosineAnnealingLR)</source>
        <translation>先预热，再余弦衰减（LinearLR + CosineAnnealingLR）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="218" />
        <source>A linear rise from lr x start_factor to lr over the first `warmup` share of the run, then cosine down to eta_min (per batch).</source>
        <translation>在训练的前 `warmup` 部分从 lr x start_factor 线性升到 lr，然后按余弦曲线降到 eta_min（按批）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="222" />
        <source>Share of the run spent warming up.</source>
        <translation>预热占整个训练的比例。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="226" />
        <source>Factor of lr at the start.</source>
        <translation>开始时学习率的系数。</translation>
    </message>
</context>
<context>
    <name>OptionLabels</name>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="17" />
        <source>maximize</source>
        <translation>最大化目标</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="18" />
        <source>weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="19" />
        <source>eps</source>
        <translation>数值稳定项</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="20" />
        <source>betas</source>
        <translation>β 系数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="21" />
        <source>gamma</source>
        <translation>衰减因子 γ</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="22" />
        <source>decoupled weight decay</source>
        <translation>解耦权重衰减</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="23" />
        <source>eta min</source>
        <translation>最低学习率</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="24" />
        <source>total iters</source>
        <translation>总步数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="25" />
        <source>momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="26" />
        <source>amsgrad</source>
        <translation>AMSGrad 变体</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="27" />
        <source>alpha</source>
        <translation>平滑常数 α</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="28" />
        <source>start factor</source>
        <translation>起始倍数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="29" />
        <source>factor</source>
        <translation>倍数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="30" />
        <source>max lr</source>
        <translation>最大学习率</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="31" />
        <source>cycle momentum</source>
        <translation>循环动量</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="32" />
        <source>dampening</source>
        <translation>动量阻尼</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="33" />
        <source>nesterov</source>
        <translation>Nesterov 动量</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="34" />
        <source>rho</source>
        <translation>衰减系数 ρ</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="35" />
        <source>beta2 decay</source>
        <translation>β2 衰减</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="36" />
        <source>d</source>
        <translation>系数 d</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="37" />
        <source>lr decay</source>
        <translation>学习率衰减</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="38" />
        <source>initial accumulator value</source>
        <translation>累加器初值</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="39" />
        <source>momentum decay</source>
        <translation>动量衰减</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="40" />
        <source>centered</source>
        <translation>中心化</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="41" />
        <source>etas</source>
        <translation>增减倍数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="42" />
        <source>step sizes</source>
        <translation>步长范围</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="43" />
        <source>lambd</source>
        <translation>衰减项 λ</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="44" />
        <source>t0</source>
        <translation>开始平均的步数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="45" />
        <source>max iter</source>
        <translation>最大迭代次数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="46" />
        <source>max eval</source>
        <translation>最大求值次数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="47" />
        <source>tolerance grad</source>
        <translation>梯度容差</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="48" />
        <source>tolerance change</source>
        <translation>变化容差</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="49" />
        <source>history size</source>
        <translation>历史长度</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="50" />
        <source>line search fn</source>
        <translation>线搜索方法</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="51" />
        <source>step size</source>
        <translation>衰减间隔</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="52" />
        <source>milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="53" />
        <source>T 0</source>
        <translation>首个周期长度</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="54" />
        <source>T mult</source>
        <translation>周期倍增</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="55" />
        <source>end factor</source>
        <translation>结束倍数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="56" />
        <source>power</source>
        <translation>幂次</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="57" />
        <source>pct start</source>
        <translation>上升阶段占比</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="58" />
        <source>anneal strategy</source>
        <translation>退火方式</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="59" />
        <source>div factor</source>
        <translation>初始除数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="60" />
        <source>final div factor</source>
        <translation>最终除数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="61" />
        <source>three phase</source>
        <translation>三阶段</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="62" />
        <source>base lr</source>
        <translation>基础学习率</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="63" />
        <source>step size up</source>
        <translation>上升步数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="64" />
        <source>mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="65" />
        <source>patience</source>
        <translation>耐心轮数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="66" />
        <source>threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="67" />
        <source>cooldown</source>
        <translation>冷却轮数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="68" />
        <source>min lr</source>
        <translation>最低学习率</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/option_labels.py" line="69" />
        <source>warmup</source>
        <translation>预热轮数</translation>
    </message>
</context>
<context>
    <name>PaletteWidget</name>
    <message>
        <location filename="../../netstudio/gui/panels/palette.py" line="122" />
        <source>Search layers…</source>
        <translation>搜索层…</translation>
    </message>
</context>
<context>
    <name>ParamField</name>
    <message>
        <location filename="../../netstudio/gui/panels/param_fields.py" line="51" />
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/param_fields.py" line="51" />
        <source>none</source>
        <translation>不设置</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/param_fields.py" line="53" />
        <source>Follow the incoming shape (recommended).</source>
        <translation>跟随输入的形状（推荐）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/param_fields.py" line="54" />
        <source>Leave this unset.</source>
        <translation>不设置此项。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/param_fields.py" line="143" />
        <source>Must be %1.</source>
        <translation>必须是%1。</translation>
    </message>
</context>
<context>
    <name>PerClassTable</name>
    <message>
        <location filename="../../netstudio/gui/inspect/per_class.py" line="16" />
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/per_class.py" line="17" />
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/per_class.py" line="18" />
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/per_class.py" line="19" />
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/per_class.py" line="20" />
        <source>Test images</source>
        <translation>测试图像数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/per_class.py" line="21" />
        <source>Of the images the network called this class, the share that really were.</source>
        <translation>被网络判为该类别的图像中，真正属于该类别的比例。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/per_class.py" line="23" />
        <source>Of the images of this class, the share the network found.</source>
        <translation>该类别的图像中，被网络正确找出的比例。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/per_class.py" line="25" />
        <source>The balance of precision and recall (their harmonic mean).</source>
        <translation>精确率与召回率的平衡（两者的调和平均）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/per_class.py" line="83" />
        <source>&lt;b&gt;Macro average&lt;/b&gt; (every class counts the same): precision {0}, recall {1}, F1 {2} over {3} test images.</source>
        <translation>&lt;b&gt;宏平均&lt;/b&gt;（每个类别权重相同）：精确率 {0}，召回率 {1}，F1 {2}，共 {3} 张测试图像。</translation>
    </message>
</context>
<context>
    <name>PlotItem</name>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="28" />
        <source>Plot Options</source>
        <translation>绘图选项</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="29" />
        <source>Transforms</source>
        <translation>变换</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="30" />
        <source>Downsample</source>
        <translation>降采样</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="31" />
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="32" />
        <source>Alpha</source>
        <translation>透明度</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="33" />
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="34" />
        <source>Points</source>
        <translation>数据点</translation>
    </message>
</context>
<context>
    <name>PredictWorker</name>
    <message>
        <location filename="../../netstudio/gui/deploy/server.py" line="127" />
        <source>The served model at {0} cannot be reached (the connection was refused): start the server again.</source>
        <translation>无法连接 {0} 上部署的模型（连接被拒绝）：请重新启动服务。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/server.py" line="132" />
        <source>The served model at {0} did not answer within {1} s.</source>
        <translation>{0} 上部署的模型在 {1} 秒内没有回答。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/server.py" line="136" />
        <source>Asking the served model at {0} failed ({1}).</source>
        <translation>向 {0} 上部署的模型发送请求失败（{1}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/server.py" line="142" />
        <source>The served model answered with something other than JSON (HTTP {0}).</source>
        <translation>部署的模型返回的不是 JSON（HTTP {0}）。</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <location filename="../../netstudio/core/project_messages.py" line="6" />
        <source>{source}: 'graph' must be an object with 'nodes' and 'edges'.</source>
        <translation>{source}：'graph' 必须是包含 'nodes' 和 'edges' 的对象。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/project_messages.py" line="8" />
        <source>{source}: 'graph.nodes' and 'graph.edges' must be lists.</source>
        <translation>{source}：'graph.nodes' 和 'graph.edges' 必须是列表。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/project_messages.py" line="10" />
        <source>{source}: '{key}' must be an object.</source>
        <translation>{source}：'{key}' 必须是一个对象。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/project_messages.py" line="11" />
        <source>name: {value} is not text; it is used as text</source>
        <translation>name：{value} 不是文本；已将其作为文本使用</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/project_messages.py" line="12" />
        <source>{source}: 'initial_weights' must be the name of a weights file next to the project (a string).</source>
        <translation>{source}：'initial_weights' 必须是项目旁边一个权重文件的文件名（字符串）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/project_messages.py" line="15" />
        <source>{path}: no such file. Check the path.</source>
        <translation>{path}：文件不存在。请检查路径。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/project_messages.py" line="16" />
        <source>{path}: is a folder, not a project file.</source>
        <translation>{path}：这是一个文件夹，不是项目文件。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/project_messages.py" line="17" />
        <source>{path}: cannot be read ({reason}).</source>
        <translation>{path}：无法读取（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/project_messages.py" line="18" />
        <source>no file name given to save the project to.</source>
        <translation>没有给出保存项目的文件名。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/project_messages.py" line="19" />
        <source>{source}: not a netstudio project (the top level must be an object).</source>
        <translation>{source}：不是 netstudio 项目（顶层必须是一个对象）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/project_messages.py" line="21" />
        <source>{source}: not a netstudio project (expected "format": "netstudio", found {found}).</source>
        <translation>{source}：不是 netstudio 项目（应为 "format": "netstudio"，实际为 {found}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/project_messages.py" line="24" />
        <source>{source}: 'version' must be a whole number &gt;= 1, got {version}.</source>
        <translation>{source}：'version' 必须是大于等于 1 的整数，实际为 {version}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/project_messages.py" line="26" />
        <source>{source}: written by a newer netstudio (file version {version}, this one reads up to {supported}). Update netstudio to open it.</source>
        <translation>{source}：由更新版本的 netstudio 写入（文件版本 {version}，当前版本最高只能读取 {supported}）。请更新 netstudio 后再打开。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/project_messages.py" line="29" />
        <source>{source}: no migration from version {version}.</source>
        <translation>{source}：没有从版本 {version} 升级的迁移步骤。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/project_messages.py" line="30" />
        <source>{source}: 'blocks' must be an object mapping block names to {{"nodes": [...], "edges": [...]}}.</source>
        <translation>{source}：'blocks' 必须是一个对象，把块名映射到 {{"nodes": [...], "edges": [...]}}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/project_messages.py" line="33" />
        <source>{source}: block '{name}'</source>
        <translation>{source}：块 '{name}'</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/project_messages.py" line="34" />
        <source>{where} must be an object with 'nodes' and 'edges' lists.</source>
        <translation>{where} 必须是包含 'nodes' 和 'edges' 列表的对象。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/project_messages.py" line="36" />
        <source>{source}: graph.nodes[{index}] must be an object.</source>
        <translation>{source}：graph.nodes[{index}] 必须是一个对象。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/project_messages.py" line="37" />
        <source>{source}: graph.nodes[{index}] has no string 'id'.</source>
        <translation>{source}：graph.nodes[{index}] 缺少字符串类型的 'id'。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/project_messages.py" line="38" />
        <source>{source}: node '{node}' has no string 'type'.</source>
        <translation>{source}：节点 '{node}' 缺少字符串类型的 'type'。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/project_messages.py" line="39" />
        <source>{source}: node '{node}': 'params' must be an object.</source>
        <translation>{source}：节点 '{node}'：'params' 必须是一个对象。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/project_messages.py" line="41" />
        <source>{source}: node '{node}': 'pos' must be [x, y] numbers.</source>
        <translation>{source}：节点 '{node}'：'pos' 必须是 [x, y] 两个数字。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/project_messages.py" line="43" />
        <source>graph.nodes[{index}]: a second node with the id {old} was renamed {new} (ids must be unique; its edges, if any, stay on the first); connect it again</source>
        <translation>graph.nodes[{index}]：第二个 id 为 {old} 的节点已重命名为 {new}（id 必须唯一；它的连线（如果有）仍留在第一个节点上）；请重新连接它</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/project_messages.py" line="46" />
        <source>{source}: graph.edges[{index}] must be an object.</source>
        <translation>{source}：graph.edges[{index}] 必须是一个对象。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/project_messages.py" line="47" />
        <source>{source}: graph.edges[{index}] needs string 'from' and 'to'.</source>
        <translation>{source}：graph.edges[{index}] 需要字符串类型的 'from' 和 'to'。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/project_messages.py" line="49" />
        <source>{source}: edge {src}-&gt;{dst}: 'port' must be an integer &gt;= 0.</source>
        <translation>{source}：连线 {src}-&gt;{dst}：'port' 必须是大于等于 0 的整数。</translation>
    </message>
</context>
<context>
    <name>ProjectorView</name>
    <message>
        <location filename="../../netstudio/gui/inspect/projector_view.py" line="58" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/projector_view.py" line="59" />
        <source>Run the test images through the network and place each one by what the chosen layer makes of it.</source>
        <translation>让测试图片通过网络，并按所选层对每张图片的理解来摆放它。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/projector_view.py" line="61" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/projector_view.py" line="76" />
        <source>Click a class to fade or show it: None, then 4 and 9, shows how those two mix.</source>
        <translation>点击类别可淡化或显示它：先点“无”，再点 4 和 9，就能看到这两类如何混在一起。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/projector_view.py" line="79" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/projector_view.py" line="80" />
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/projector_view.py" line="115" />
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/projector_view.py" line="117" />
        <source>Projection</source>
        <translation>投影方法</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/projector_view.py" line="68" />
        <source>Each dot is a test image, coloured by its true class. Images the network gets wrong are ringed in red.</source>
        <translation>每个点是一张测试图片，按真实类别着色。网络认错的图片用红圈标出。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/projector_view.py" line="105" />
        <source>Hover a dot to see its image; click it to see why the network answered as it did.</source>
        <translation>把鼠标停在点上可看图片；点击它可看网络为什么这样回答。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/projector_view.py" line="169" />
        <source>{0}: the layer before the classifier, the usual choice.</source>
        <translation>{0}：分类器之前的层，通常的选择。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/projector_view.py" line="187" />
        <source>Show or fade the images of class {0}.</source>
        <translation>显示或淡化类别 {0} 的图片。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/projector_view.py" line="221" />
        <source>{0} images, {1} of them misclassified (ringed).</source>
        <translation>{0} 张图片，其中 {1} 张分类错误（红圈）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/projector_view.py" line="224" />
        <source>{0} images.</source>
        <translation>{0} 张图片。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/projector_view.py" line="306" />
        <source>test image #{0}: a {1}</source>
        <translation>测试图片 #{0}：一个 {1}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/projector_view.py" line="309" />
        <source>test image #{0}: a {1}, recognised</source>
        <translation>测试图片 #{0}：一个 {1}，认对了</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/projector_view.py" line="310" />
        <source>test image #{0}: a {1}, taken for a {2}</source>
        <translation>测试图片 #{0}：一个 {1}，被认成了 {2}</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="44" />
        <location filename="../../netstudio/gui/panels/properties.py" line="64" />
        <source>Select a layer on the canvas to see and edit its settings.</source>
        <translation>在画布上选择一个层，即可查看和编辑它的设置。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="63" />
        <source>1 layer selected.</source>
        <translation>已选择 1 个层。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="63" />
        <source>%1 layers selected.</source>
        <translation>已选择 %1 个层。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="90" />
        <source>Unknown layer type: netstudio cannot build it.</source>
        <translation>未知的层类型：netstudio 无法构建它。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="106" />
        <source>Id</source>
        <translation>标识</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="109" />
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="111" />
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="113" />
        <source>FLOPs</source>
        <translation>浮点运算</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="147" />
        <source>Fix: %1</source>
        <translation>修改方法：%1</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="156" />
        <source>%1 per sample</source>
        <translation>每个样本 %1</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="159" />
        <source>unknown (fix the problem first)</source>
        <translation>未知（请先修正问题）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="168" />
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="168" />
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="169" />
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="172" />
        <source>&lt;b&gt;Fix:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;修改方法：&lt;/b&gt;%1</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="68" />
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="69" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="70" />
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="66" />
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="67" />
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QuickAdd</name>
    <message>
        <location filename="../../netstudio/gui/canvas/quick_add.py" line="40" />
        <source>Layer name, e.g. conv 32 5, relu, pool, fc 10…</source>
        <translation>层名称，例如 conv 32 5、relu、pool、fc 10…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/quick_add.py" line="110" />
        <source>%1 takes at most %2 values here: %3.</source>
        <translation>%1 在这里最多接受 %2 个值：%3。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/quick_add.py" line="112" />
        <source>%1 must be %2.</source>
        <translation>%1 必须是%2。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/quick_add.py" line="132" />
        <source>No layer matches “%1”.</source>
        <translation>没有与“%1”匹配的层。</translation>
    </message>
</context>
<context>
    <name>ReconstructionView</name>
    <message>
        <location filename="../../netstudio/gui/inspect/reconstruction.py" line="31" />
        <source>For autoencoders: each test image (left) and what the network rebuilt from it (right).</source>
        <translation>用于自编码器：每张测试图像（左）和网络由它重建的图像（右）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/reconstruction.py" line="52" />
        <source>{0} test images (left) and their reconstructions (right). Mean error on the test set: {1}.</source>
        <translation>{0} 张测试图像（左）及其重建（右）。测试集上的平均误差：{1}。</translation>
    </message>
</context>
<context>
    <name>RunActions</name>
    <message>
        <location filename="../../netstudio/gui/training/run_actions.py" line="48" />
        <source>Run '{0}' cannot be shown: {1}</source>
        <translation>无法显示运行“{0}”：{1}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_actions.py" line="68" />
        <source>Run '{0}' cannot be shown: its weights do not fit its network.</source>
        <translation>无法显示运行“{0}”：它的权重与它的网络不匹配。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_actions.py" line="71" />
        <source>Showing the trained network of run '{0}'.</source>
        <translation>正在显示运行“{0}”训练好的网络。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_actions.py" line="96" />
        <source>Continue training</source>
        <translation>继续训练</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_actions.py" line="97" />
        <source>Train run '{0}' ({1} epoch(s) so far) for how many more epochs?</source>
        <translation>运行“{0}”（目前已训练 {1} 轮）还要再训练多少轮？</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_actions.py" line="135" />
        <source>Open the network of run '{0}'</source>
        <translation>打开运行“{0}”的网络</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_actions.py" line="179" />
        <source>Rename run</source>
        <translation>重命名运行</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_actions.py" line="180" />
        <source>Name of run {0}:</source>
        <translation>运行 {0} 的名称：</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_actions.py" line="196" />
        <source>Another run is named '{0}': this one is now '{1}'.</source>
        <translation>已有运行名为“{0}”：此运行现名为“{1}”。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_actions.py" line="211" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_actions.py" line="212" />
        <source>Notes on run '{0}':</source>
        <translation>运行“{0}”的备注：</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_actions.py" line="190" />
        <location filename="../../netstudio/gui/training/run_actions.py" line="222" />
        <source>Run '{0}' could not be changed: {1}</source>
        <translation>无法修改运行“{0}”：{1}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_actions.py" line="241" />
        <source>Delete runs</source>
        <translation>删除运行</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_actions.py" line="242" />
        <source>Delete {0} run(s) ({1})? They are moved to {2}, from where they can still be recovered by hand.</source>
        <translation>删除 {0} 个运行（{1}）？它们会被移到 {2}，之后仍可手动找回。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_actions.py" line="252" />
        <source>Run '{0}' could not be deleted: {1}</source>
        <translation>无法删除运行“{0}”：{1}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_actions.py" line="254" />
        <source>{0} run(s) moved to the trash.</source>
        <translation>已将 {0} 个运行移到回收站。</translation>
    </message>
</context>
<context>
    <name>RunDiffDialog</name>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="90" />
        <source>Compare runs</source>
        <translation>比较运行</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="97" />
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="97" />
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="97" />
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="108" />
        <source>Outlines: green added, red removed, amber changed.</source>
        <translation>轮廓：绿色为新增，红色为删除，琥珀色为修改。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="123" />
        <source>run '{0}'</source>
        <translation>运行“{0}”</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="124" />
        <source>the canvas</source>
        <translation>画布</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="133" />
        <source>Before: run '{0}'</source>
        <translation>之前：运行“{0}”</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="135" />
        <source>After: {0}</source>
        <translation>之后：{0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="142" />
        <source>Run '{0}' and {1} have the same network and settings.</source>
        <translation>运行“{0}”与{1}的网络和设置相同。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="144" />
        <source>From run '{0}' to {1}: {2} layer(s) added, {3} removed, {4} changed; {5} connection(s) added, {6} removed; {7} setting(s) changed.</source>
        <translation>从运行“{0}”到{1}：新增 {2} 层，删除 {3} 层，修改 {4} 层；新增 {5} 个连接，删除 {6} 个；修改 {7} 项设置。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="161" />
        <source>Layers added</source>
        <translation>新增的层</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="162" />
        <source>Layers removed</source>
        <translation>删除的层</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="169" />
        <source>Layers changed</source>
        <translation>修改的层</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="170" />
        <source>Connections added</source>
        <translation>新增的连接</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="171" />
        <source>Connections removed</source>
        <translation>删除的连接</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="172" />
        <source>Settings changed</source>
        <translation>修改的设置</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="175" />
        <source>No differences</source>
        <translation>没有差异</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="183" />
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="184" />
        <source>test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="185" />
        <source>test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="186" />
        <source>parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="187" />
        <source>epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="210" />
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
</context>
<context>
    <name>RunStores</name>
    <message>
        <location filename="../../netstudio/gui/training/run_stores.py" line="169" />
        <source>The runs could not all be copied next to {0} ({1}); they stay with {2}.</source>
        <translation>运行未能全部复制到 {0} 旁（{1}）；它们仍保留在 {2} 处。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_stores.py" line="229" />
        <source> ({0} more run(s) could not be copied either.)</source>
        <translation>（另有 {0} 个运行也无法复制。）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_stores.py" line="231" />
        <source> Opening the project again tries once more.</source>
        <translation>再次打开项目时会重试。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_stores.py" line="233" />
        <source>{0} run(s) copied to {1}.</source>
        <translation>已将 {0} 个运行复制到 {1}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_stores.py" line="247" />
        <source>The runs could not be moved next to the project ({0}); they stay in {1}.</source>
        <translation>无法把运行移到项目旁边（{0}）；它们留在 {1}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_stores.py" line="253" />
        <source>{0} run(s) moved to {1}.</source>
        <translation>已将 {0} 个运行移到 {1}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_stores.py" line="282" />
        <source>{0} training run of an untitled project, from {1}</source>
        <translation>一个未命名项目的 {0} 次训练，来自 {1}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_stores.py" line="283" />
        <source>{0} training runs of an untitled project, the last from {1}</source>
        <translation>一个未命名项目的 {0} 次训练，最近一次来自 {1}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_stores.py" line="298" />
        <source>The kept runs of an untitled project were not opened over the restored changes to {0}; the next start offers them again.</source>
        <translation>保留的训练属于一个未命名项目，没有在已恢复更改的 {0} 上打开；下次启动时会再次询问。</translation>
    </message>
</context>
<context>
    <name>Runs</name>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="5" />
        <source>{path}: {what} is empty.</source>
        <translation>{path}：{what}为空。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="6" />
        <source>{parent}: {what} is missing ({name}).</source>
        <translation>{parent}：缺少{what}（{name}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="7" />
        <source>{path}: {what} is not UTF-8 text.</source>
        <translation>{path}：{what}不是 UTF-8 文本。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="8" />
        <source>{path}: {what} cannot be read ({reason}).</source>
        <translation>{path}：无法读取{what}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="9" />
        <source>{path}: {what} is not valid JSON (truncated or damaged? line {lineno}, column {colno}: {reason}).</source>
        <translation>{path}：{what}不是有效的 JSON（是否被截断或损坏？第 {lineno} 行，第 {colno} 列：{reason}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="14" />
        <source>{path}: {project_json} is not a netstudio project.</source>
        <translation>{path}：{project_json} 不是 netstudio 项目。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="15" />
        <source>{path}: the run {status} but its weights ({model_pt}) are missing.</source>
        <translation>{path}：该运行的状态为 {status}，但缺少它的权重（{model_pt}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="19" />
        <source>{path}: this run has no weights yet (no {model_pt} or {checkpoint_pt}): it ended before its first epoch.</source>
        <translation>{path}：该运行还没有权重（没有 {model_pt} 或 {checkpoint_pt}）：它在第一轮结束之前就停止了。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="24" />
        <source>{path}: holds no state_dict.</source>
        <translation>{path}：不包含 state_dict。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="25" />
        <source>{path}: metrics.json must hold a JSON object.</source>
        <translation>{path}：metrics.json 必须包含一个 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="26" />
        <source>{path}: cannot be read as PyTorch weights ({error}); the file is damaged.</source>
        <translation>{path}：无法作为 PyTorch 权重读取（{error}）；文件已损坏。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="31" />
        <source>{path}: the run's network cannot be built ({error}).</source>
        <translation>{path}：无法构建该运行的网络（{error}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="35" />
        <source>{path}: its weights belong to another network than its project snapshot ({detail}).</source>
        <translation>{path}：它的权重属于另一个网络，与它的项目快照不一致（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="40" />
        <source>{where}: run.json must hold a JSON object.</source>
        <translation>{where}：run.json 必须包含一个 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="41" />
        <source>{where}: run.json is not a netstudio run record ("format" is {format!r}, expected {run_format!r}).</source>
        <translation>{where}：run.json 不是 netstudio 运行记录（"format" 是 {format!r}，应为 {run_format!r}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="46" />
        <source>{where}: run.json has no valid "version" (got {version!r}).</source>
        <translation>{where}：run.json 没有有效的 "version"（实际为 {version!r}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="50" />
        <source>{where}: written by a newer netstudio (run version {version}; this one reads up to {run_version}). Update netstudio to use it.</source>
        <translation>{where}：由更新版本的 netstudio 写入（运行记录版本 {version}；当前版本最高只能读取 {run_version}）。请更新 netstudio 后再使用。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="55" />
        <source>{where}: run.json has no "id".</source>
        <translation>{where}：run.json 缺少 "id"。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="56" />
        <source>{where}: run.json has an unknown status {status!r} (expected one of {statuses}).</source>
        <translation>{where}：run.json 的状态 {status!r} 未知（应为以下之一：{statuses}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="61" />
        <source>{path}: another netstudio window is using these runs.</source>
        <translation>{path}：另一个 netstudio 窗口正在使用这些运行。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="65" />
        <source>{path}: cannot create a folder for the runs of the untitled project ({reason}).</source>
        <translation>{path}：无法为未命名项目的运行创建文件夹（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="70" />
        <source>no run {text!r} in {path} (list them with: netstudio runs FILE).</source>
        <translation>{path} 中没有运行 {text!r}（可用 netstudio runs FILE 列出所有运行）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="74" />
        <source>{path}: could not find a free run id.</source>
        <translation>{path}：找不到可用的运行 id。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="75" />
        <source>{path}: is a file; give a folder (new or existing).</source>
        <translation>{path}：这是一个文件；请给出一个文件夹（新的或已有的）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="79" />
        <source>{path}: another run is being written there right now; give --out another folder.</source>
        <translation>{path}：另一个运行正在写入那里；请为 --out 指定另一个文件夹。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="84" />
        <source>{path}: is a file, so runs cannot be kept there; move it away or rename the project.</source>
        <translation>{path}：这是一个文件，无法在那里保存运行；请把它移走或重命名项目。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="89" />
        <source>{text!r} matches {count} runs ({items}...); give more of the id.</source>
        <translation>{text!r} 匹配了 {count} 个运行（{items}...）；请给出更完整的 id。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="93" />
        <source>{path}: this run is still training; stop it first.</source>
        <translation>{path}：该运行仍在训练；请先停止它。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="97" />
        <source>{path}: cannot create the folder ({reason}).</source>
        <translation>{path}：无法创建文件夹（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="98" />
        <source>{path}: cannot create the run folder ({reason}).</source>
        <translation>{path}：无法创建运行文件夹（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="99" />
        <source>run record</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="100" />
        <source>the project snapshot</source>
        <translation>项目快照</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="101" />
        <source>{path}: no such run folder.</source>
        <translation>{path}：运行文件夹不存在。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="102" />
        <source>{path}: is a file, not a run folder.</source>
        <translation>{path}：这是一个文件，不是运行文件夹。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="103" />
        <source>{path}: is a project's run store (its runs are folders inside it); give a folder of its own, or leave --out out to record into the store.</source>
        <translation>{path}：这是一个项目的运行存储（其中的运行都是子文件夹）；请给出一个单独的文件夹，或者不写 --out，直接记录到该存储中。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="108" />
        <source>{path}: holds a run of the store {store}, which this run would replace; give a new folder.</source>
        <translation>{path}：其中有存储 {store} 的一个运行，本次运行会替换它；请给出一个新文件夹。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="112" />
        <source>TensorBoard event files skipped ({error}: {reason}).</source>
        <translation>已跳过 TensorBoard 事件文件（{error}：{reason}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="113" />
        <source>TensorBoard logging stopped ({error}: {reason}).</source>
        <translation>TensorBoard 日志记录已停止（{error}：{reason}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="114" />
        <source>TensorBoard event files skipped: the tensorboard package is not installed (pip install 'netstudio[tensorboard]').</source>
        <translation>已跳过 TensorBoard 事件文件：未安装 tensorboard 包（pip install 'netstudio[tensorboard]'）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="119" />
        <source>{path}: the run cannot be copied into {target} ({reason}); it stays where it is.</source>
        <translation>{path}：该运行无法复制到 {target}（{reason}）；它保留在原处。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="123" />
        <source>{path}: the searches' studies cannot be copied into {target} ({reason}); they stay where they are.</source>
        <translation>{path}：搜索的研究无法复制到 {target}（{reason}）；它们保留在原处。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="128" />
        <source>{path}: another netstudio is copying runs into this store; try again when it is done.</source>
        <translation>{path}：另一个 netstudio 正在向此存储复制运行；请等它完成后再试。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/runs/messages.py" line="132" />
        <source>could not write the run to {path} ({reason}).</source>
        <translation>无法把这次运行写入 {path}（{reason}）。</translation>
    </message>
</context>
<context>
    <name>RunsPanel</name>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="47" />
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="48" />
        <source>starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="49" />
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="50" />
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="51" />
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="52" />
        <source>diverged</source>
        <translation>已发散</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="53" />
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="56" />
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="57" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="58" />
        <source>Test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="60" />
        <source>Params</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="62" />
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="63" />
        <source>LR</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="64" />
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="65" />
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="66" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="99" />
        <source>new run</source>
        <translation>新运行</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/panel.py" line="514" />
        <location filename="../../netstudio/gui/training/runs.py" line="102" />
        <source>run {0}</source>
        <translation>运行 {0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="228" />
        <source>{0} – weights do not fit</source>
        <translation>{0} – 权重与网络不符</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="263" />
        <source>continues run {0}</source>
        <translation>继续自运行 {0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="320" />
        <source>Filter runs (name, status, optimizer, ...)</source>
        <translation>筛选运行（名称、状态、优化器……）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="323" />
        <source>Select a run to load its trained network into every view; select several (Ctrl+click) to overlay their curves.</source>
        <translation>选择一个运行，把它训练好的网络载入所有视图；选择多个（Ctrl+单击）可叠加它们的曲线。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="336" />
        <source>Continue...</source>
        <translation>继续训练...</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="337" />
        <source>Train this run for more epochs, from its checkpoint, as a new run</source>
        <translation>从检查点出发，把这个运行再训练若干轮，作为一个新运行</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="339" />
        <source>Open network</source>
        <translation>打开网络</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="340" />
        <source>Put this run's network and settings on the canvas (one undoable step)</source>
        <translation>把这个运行的网络和设置放到画布上（可一步撤销）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="342" />
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="343" />
        <source>What differs: this run against the canvas, or two selected runs against each other</source>
        <translation>有何不同：这个运行与画布比较，或两个选中的运行相互比较</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="345" />
        <source>Rename...</source>
        <translation>重命名...</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="346" />
        <source>Notes...</source>
        <translation>备注...</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="347" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="430" />
        <source>Notes: {0}</source>
        <translation>备注：{0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="59" />
        <source>Test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="61" />
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="238" />
        <source>{0} s</source>
        <translation>{0} 秒</translation>
    </message>
</context>
<context>
    <name>SampleStrip</name>
    <message>
        <location filename="../../netstudio/gui/inspect/sample_strip.py" line="43" />
        <source>test image: {0}</source>
        <translation>测试图像：{0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/sample_strip.py" line="44" />
        <source>test image {0}</source>
        <translation>测试图像 {0}</translation>
    </message>
</context>
<context>
    <name>Samples</name>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="15" />
        <source>Conv autoencoder</source>
        <translation>卷积自编码器</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="16" />
        <source>LSTM rows</source>
        <translation>LSTM（逐行读图）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="17" />
        <source>Small ResNet</source>
        <translation>小型 ResNet</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="18" />
        <source>Tutorial mistakes</source>
        <translation>教程中的错误</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="19" />
        <source>PyTorch MNIST example</source>
        <translation>PyTorch MNIST 示例</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="20" />
        <source>MNIST CNN</source>
        <translation>MNIST CNN</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../netstudio/core/checks/search.py" line="26" />
        <source>Every combination of searched values tried breaks the network, e.g. {point}: {problem}</source>
        <translation>所试的每一种搜索取值组合都会破坏网络，例如 {point}：{problem}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/search.py" line="28" />
        <source>Some searched values break the network, e.g. {point}: {problem} Those trials will be pruned.</source>
        <translation>部分搜索取值会破坏网络，例如 {point}：{problem} 这些试验会被剪枝。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/checks/search.py" line="30" />
        <source>narrow the ranges in search.space to values the network's shapes allow</source>
        <translation>把 search.space 中的范围缩小到网络形状允许的取值</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/results.py" line="17" />
        <source>Which setting mattered shows once 2 trials are complete.</source>
        <translation>有 2 个试验完成后，才能显示哪个设置最重要。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/results.py" line="19" />
        <source>The complete trials do not differ enough yet to tell which setting mattered.</source>
        <translation>已完成的试验之间差别还不够大，暂时无法判断哪个设置最重要。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/results.py" line="21" />
        <source>Importance cannot be computed yet ({error}).</source>
        <translation>暂时无法计算重要性（{error}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/search.py" line="40" />
        <source>The project has no search section: nothing to search.</source>
        <translation>项目没有 search 部分：没有可搜索的内容。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/search.py" line="42" />
        <source>add a "search" section (docs/tuning.md), or right-click a setting in the app and choose Search this</source>
        <translation>添加 "search" 部分（见 docs/tuning.md），或在应用中右键点击某个设置并选择“搜索此项”</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="39" />
        <source>{field} must be an object with the search settings and its "space", got {value}.</source>
        <translation>{field} 必须是包含搜索设置及其 "space" 的对象，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="41" />
        <source>write it like the example in docs/tuning.md, or remove it</source>
        <translation>按 docs/tuning.md 中的示例编写，或将其删除</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="43" />
        <source>{field} is {value}, but it must be one of: {choices}.</source>
        <translation>{field} 为 {value}，但必须是以下之一：{choices}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="44" />
        <source>use one of: {choices}</source>
        <translation>使用以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="45" />
        <source>{field} must be a whole number &gt;= {minimum}{or_null}, got {value}.</source>
        <translation>{field} 必须是 &gt;= {minimum} 的整数{or_null}，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="47" />
        <source>{field} must be a number greater than 0 or null, got {value}.</source>
        <translation>{field} 必须是大于 0 的数或 null，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="49" />
        <source>change {field}</source>
        <translation>修改 {field}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="50" />
        <source> or null</source>
        <translation>或 null</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="51" />
        <source>Unknown key {field} in the search section; it is kept but not used.</source>
        <translation>search 部分中有未知的键 {field}；它会被保留但不会被使用。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="53" />
        <source>did you mean '{suggestion}'?</source>
        <translation>您是想写 '{suggestion}' 吗？</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="54" />
        <source>check its spelling or remove it</source>
        <translation>检查拼写或将其删除</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="55" />
        <source>{field} is empty or missing: the search has nothing to vary.</source>
        <translation>{field} 为空或缺失：搜索没有可变化的内容。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="57" />
        <source>add what to vary, e.g. "training.lr": {example}</source>
        <translation>添加要变化的内容，例如 "training.lr": {example}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="58" />
        <source>{field}: '{path}' is not a value a search can vary.</source>
        <translation>{field}：'{path}' 不是搜索可以变化的值。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="59" />
        <source>use training.&lt;setting&gt;, data.augment, data.normalize, nodes.&lt;node id&gt;.&lt;parameter&gt; or blocks.&lt;block&gt;.&lt;node id&gt;.&lt;parameter&gt;</source>
        <translation>使用 training.&lt;设置&gt;、data.augment、data.normalize、nodes.&lt;节点 id&gt;.&lt;参数&gt; 或 blocks.&lt;块&gt;.&lt;节点 id&gt;.&lt;参数&gt;</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="62" />
        <source>{field}: the {section} section has no setting '{key}' a search can vary.</source>
        <translation>{field}：{section} 部分没有搜索可以变化的设置 '{key}'。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="64" />
        <source>searchable {section} settings: {names}</source>
        <translation>可搜索的 {section} 设置：{names}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="65" />
        <source>{field}: {path} cannot be searched: {why}.</source>
        <translation>{field}：{path} 不能被搜索：{why}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="66" />
        <source>remove this entry from search.space</source>
        <translation>从 search.space 中删除这一项</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="67" />
        <source>{field}: the network has no node '{node_id}'.</source>
        <translation>{field}：网络中没有节点 '{node_id}'。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="68" />
        <source>use the id of a layer on the canvas</source>
        <translation>使用画布上某个层的 id</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="69" />
        <source>{field}: {node_id} ({type}) has no parameter '{param}'.</source>
        <translation>{field}：{node_id}（{type}）没有参数 '{param}'。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="71" />
        <source>{type} takes: {names}</source>
        <translation>{type} 的参数有：{names}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="72" />
        <source>{field}: {param} of {node_id} follows from the incoming shape, so it cannot be searched.</source>
        <translation>{field}：{node_id} 的 {param} 由输入形状决定，因此不能被搜索。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="74" />
        <source>search the size of the layer before it instead</source>
        <translation>改为搜索它前面那一层的大小</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="75" />
        <source>{field}: {param} of {node_id} is {requirement}; a search varies numbers, true/false or choices.</source>
        <translation>{field}：{node_id} 的 {param} 是{requirement}；搜索只能变化数值、true/false 或选项。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="77" />
        <source>{field} must be an object like {example}, got {value}.</source>
        <translation>{field} 必须是形如 {example} 的对象，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="79" />
        <source>write it like {example}</source>
        <translation>写成 {example} 的形式</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="80" />
        <source>{field}: "type" is {value}; it must be "float", "int" or "categorical".</source>
        <translation>{field}："type" 为 {value}；必须是 "float"、"int" 或 "categorical"。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="82" />
        <source>set "type" to "float" (a range of numbers), "int" (whole numbers) or "categorical" (a list of choices)</source>
        <translation>把 "type" 设为 "float"（数值范围）、"int"（整数）或 "categorical"（选项列表）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="84" />
        <source>{field}: a {kind} range needs numbers "low" and "high", got low {low} and high {high}.</source>
        <translation>{field}：{kind} 范围需要数值 "low" 和 "high"，实际 low 为 {low}，high 为 {high}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="86" />
        <source>set "low" and "high" to numbers</source>
        <translation>把 "low" 和 "high" 设为数值</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="87" />
        <source>{field}: an int range needs whole numbers, got low {low} and high {high}.</source>
        <translation>{field}：int 范围需要整数，实际 low 为 {low}，high 为 {high}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="89" />
        <source>use whole numbers, or "type": "float"</source>
        <translation>使用整数，或改用 "type": "float"</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="90" />
        <source>{field}: low ({low}) is greater than high ({high}).</source>
        <translation>{field}：low（{low}）大于 high（{high}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="92" />
        <source>swap low and high</source>
        <translation>交换 low 和 high</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="93" />
        <source>{field}: a log range needs low &gt; 0, got low {low}.</source>
        <translation>{field}：对数范围需要 low &gt; 0，实际 low 为 {low}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="95" />
        <source>make low a small positive number such as {suggestion}, or set "log": false</source>
        <translation>把 low 设为一个小的正数，例如 {suggestion}，或设置 "log": false</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="97" />
        <source>{field}: "log" must be true or false, got {value}.</source>
        <translation>{field}："log" 必须是 true 或 false，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="98" />
        <source>set "log" to true (search on a log scale) or false</source>
        <translation>把 "log" 设为 true（按对数刻度搜索）或 false</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="99" />
        <source>{field}: "step" must be a number &gt; 0 (a whole number for an int range), got {value}.</source>
        <translation>{field}："step" 必须是 &gt; 0 的数（int 范围需为整数），实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="101" />
        <source>change "step", or remove it</source>
        <translation>修改 "step"，或将其删除</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="102" />
        <source>{field}: a range cannot have both "log": true and a "step".</source>
        <translation>{field}：一个范围不能同时有 "log": true 和 "step"。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="104" />
        <source>remove "step" or "log"</source>
        <translation>删除 "step" 或 "log"</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="105" />
        <source>{field}: "choices" must be a non-empty list of numbers, texts, true/false or null, got {value}.</source>
        <translation>{field}："choices" 必须是由数值、文本、true/false 或 null 组成的非空列表，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="107" />
        <source>list the values to try, e.g. "choices": [32, 64, 128]</source>
        <translation>列出要尝试的值，例如 "choices": [32, 64, 128]</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="109" />
        <source>{field}: the choice {value} is listed more than once.</source>
        <translation>{field}：选项 {value} 出现了不止一次。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="111" />
        <source>list each choice once</source>
        <translation>每个选项只列一次</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="112" />
        <source>{field}: the {what} {value} cannot be used: {reason}</source>
        <translation>{field}：{what} {value} 不能使用：{reason}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="113" />
        <source>change the {what} to a value {path} accepts</source>
        <translation>把{what}改为 {path} 接受的值</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="114" />
        <source>low</source>
        <translation>下限</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="115" />
        <source>high</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="116" />
        <source>choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="117" />
        <source>{node_id}'s {param} must be {requirement}.</source>
        <translation>{node_id} 的 {param} 必须是{requirement}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="118" />
        <source>{field}: a grid search needs a list of values, but this is a continuous float range.</source>
        <translation>{field}：网格搜索需要一个取值列表，但这是一个连续的 float 范围。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="120" />
        <source>add a "step" (e.g. {suggestion}), use "categorical" choices, or use the random or tpe sampler</source>
        <translation>添加 "step"（例如 {suggestion}），改用 "categorical" 选项，或使用 random 或 tpe 采样器</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="122" />
        <source>The grid has {size} points but search.trials is {trials}: only {trials} of them are tried.</source>
        <translation>网格有 {size} 个点，但 search.trials 为 {trials}：只会尝试其中 {trials} 个。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="124" />
        <source>set search.trials to {size}, or narrow the space</source>
        <translation>把 search.trials 设为 {size}，或缩小搜索空间</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="125" />
        <source>The grid has {size} points; a grid search tries at most {maximum}.</source>
        <translation>网格有 {size} 个点；网格搜索最多尝试 {maximum} 个。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="127" />
        <source>use larger steps or fewer choices, or the random or tpe sampler</source>
        <translation>使用更大的步长或更少的选项，或使用 random 或 tpe 采样器</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="129" />
        <source>search.metric is {metric}, but a reconstruction task has no accuracy.</source>
        <translation>search.metric 为 {metric}，但重建任务没有准确率。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="131" />
        <source>use "val_loss" with "direction": "minimize"</source>
        <translation>使用 "val_loss" 并设置 "direction": "minimize"</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="132" />
        <source>search.metric is {metric}, but data.val_split is 0: there is no validation set to measure it on.</source>
        <translation>search.metric 为 {metric}，但 data.val_split 为 0：没有验证集可以用来衡量它。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="134" />
        <source>set data.val_split (e.g. 0.1), or use a train_ metric</source>
        <translation>设置 data.val_split（例如 0.1），或使用 train_ 开头的指标</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="136" />
        <source>search.direction is {direction} for {metric}: the search looks for the worst trials.</source>
        <translation>对于 {metric}，search.direction 为 {direction}：搜索会去找最差的试验。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/section.py" line="138" />
        <source>set search.direction to "{expected}", or remove it</source>
        <translation>把 search.direction 设为 "{expected}"，或将其删除</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/trial.py" line="27" />
        <source>Pruned after epoch {epoch}: {metric} {value} was worse than the other trials at that epoch.</source>
        <translation>在第 {epoch} 轮后被剪枝：{metric} {value} 比其他试验在该轮的结果差。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/trial.py" line="29" />
        <source>Diverged: {message}</source>
        <translation>发散：{message}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/trial.py" line="30" />
        <source>These values cannot train: {problem}</source>
        <translation>这组取值无法训练：{problem}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/trial.py" line="31" />
        <source>Failed: {message}</source>
        <translation>失败：{message}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/trial.py" line="32" />
        <source>the search stopped this trial unexpectedly</source>
        <translation>搜索意外地停止了这次试验</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/trial.py" line="33" />
        <source>could not write the run ({reason})</source>
        <translation>无法写入这次运行（{reason}）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/trial.py" line="34" />
        <source>The run finished without a {metric} to compare (is there a validation set?).</source>
        <translation>运行已结束，但没有可比较的 {metric}（是否有验证集？）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/trial.py" line="36" />
        <source>Stopped; it runs again when the search resumes.</source>
        <translation>已停止；搜索恢复时会再次运行。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/trial.py" line="37" />
        <source>Failed unexpectedly ({error}). Please report this with your project file.</source>
        <translation>意外失败（{error}）。请附上项目文件报告此问题。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/storage_messages.py" line="5" />
        <source>there is no study {name!r} in this storage.</source>
        <translation>这个存储中没有名为 {name!r} 的研究。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/storage_messages.py" line="6" />
        <source>the study {name!r} was not made by netstudio; give another --study name.</source>
        <translation>研究 {name!r} 不是由 netstudio 创建的；请用 --study 指定另一个名称。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/storage_messages.py" line="11" />
        <source>the study {name!r} searches another space or metric than this project's search section; give a new --study name (or undo the change to the section to resume it).</source>
        <translation>研究 {name!r} 搜索的空间或指标与本项目的 search 部分不同；请用 --study 指定一个新名称（或撤销对该部分的修改以继续原来的研究）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/storage_messages.py" line="17" />
        <source>--storage {safe}: the database driver is not installed ({reason}); install it (e.g. pip install psycopg2-binary for postgresql://) or use the default SQLite file.</source>
        <translation>--storage {safe}：未安装数据库驱动（{reason}）；请安装它（例如 postgresql:// 需要 pip install psycopg2-binary），或使用默认的 SQLite 文件。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/storage_messages.py" line="23" />
        <source>--storage {safe}: cannot open this storage ({first_line}). Give a URL such as sqlite:///search.db or postgresql://user@host/db.</source>
        <translation>--storage {safe}：无法打开这个存储（{first_line}）。请给出类似 sqlite:///search.db 或 postgresql://user@host/db 的 URL。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/storage_messages.py" line="28" />
        <source>--storage {safe}: cannot open this storage ({first_line}). Check the URL and that the database can be reached.</source>
        <translation>--storage {safe}：无法打开这个存储（{first_line}）。请检查 URL 以及数据库能否访问。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/storage_messages.py" line="33" />
        <source>there is no search to resume in this storage; run without --resume to start one.</source>
        <translation>这个存储中没有可以继续的搜索；请不带 --resume 运行以开始新的搜索。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/tune/storage_messages.py" line="38" />
        <source>the study {name!r} trains its trials otherwise ({changes}); its trials would not be comparable. Resume it with the settings it was started with (drop --subset and --epochs-per-trial, or set them and the project back), or start a new study (leave out --resume and --study).</source>
        <translation>研究 {name!r} 的试验训练方式不同（{changes}）；这些试验将无法相互比较。请用开始时的设置继续它（去掉 --subset 和 --epochs-per-trial，或把它们和项目改回去），或开始一个新研究（不要用 --resume 和 --study）。</translation>
    </message>
</context>
<context>
    <name>SearchMenus</name>
    <message>
        <location filename="../../netstudio/gui/tune/install.py" line="431" />
        <source>Stop searching this</source>
        <translation>停止搜索此项</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/install.py" line="434" />
        <source>Search this…</source>
        <translation>搜索此项…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/install.py" line="438" />
        <source>This value cannot be searched.</source>
        <translation>此值不能被搜索。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/install.py" line="455" />
        <source>Search a parameter</source>
        <translation>搜索某个参数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/install.py" line="458" />
        <source> (searched)</source>
        <translation>（搜索中）</translation>
    </message>
</context>
<context>
    <name>ServerProcess</name>
    <message>
        <location filename="../../netstudio/gui/deploy/server.py" line="98" />
        <source>it did not start within a minute</source>
        <translation>一分钟内没有启动</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/server.py" line="107" />
        <source>it ended with exit status {0}</source>
        <translation>它已退出，退出状态为 {0}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../netstudio/core/settings/data.py" line="40" />
        <source>The {dataset} dataset needs {field}, the path of {what}.</source>
        <translation>{dataset} 数据集需要 {field}，即{what}的路径。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/data.py" line="42" />
        <source>set {field}</source>
        <translation>设置 {field}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/data.py" line="43" />
        <source>a folder with one subfolder of images per class</source>
        <translation>每个类别一个图像子文件夹的文件夹</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/data.py" line="44" />
        <source>the training images file (IDX format)</source>
        <translation>训练图像文件（IDX 格式）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/data.py" line="45" />
        <source>the training labels file (IDX format)</source>
        <translation>训练标签文件（IDX 格式）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/data.py" line="46" />
        <source>{field} must be a file or folder path (a text), got {value}.</source>
        <translation>{field} 必须是文件或文件夹路径（文本），实际是 {value}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/data.py" line="48" />
        <source>{field} must be a fraction from 0 up to (not including) 1, got {value}.</source>
        <translation>{field} 必须是 0 到 1 之间的比例（不含 1），实际是 {value}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/data.py" line="50" />
        <source>{field} must be [train, val, test] fractions like [0.6, 0.2, 0.2], got {value}.</source>
        <translation>{field} 必须是 [训练, 验证, 测试] 比例，例如 [0.6, 0.2, 0.2]，实际是 {value}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/data.py" line="52" />
        <source>{field} must be [height, width] in pixels, each from 1 to {maximum}, got {value}.</source>
        <translation>{field} 必须是以像素为单位的 [高, 宽]，每个值在 1 到 {maximum} 之间，实际是 {value}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/data.py" line="54" />
        <source>{field} must be 1 (grey) or 3 (colour), got {value}.</source>
        <translation>{field} 必须是 1（灰度）或 3（彩色），实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/data.py" line="55" />
        <source>data.test_images and data.test_labels go together: give both or neither.</source>
        <translation>data.test_images 和 data.test_labels 必须同时给出，或都不给。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/data.py" line="57" />
        <source>set the other one, or remove {field}</source>
        <translation>设置另一个，或删除 {field}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/data.py" line="58" />
        <source>{field} must be a list of names (texts), got {value}.</source>
        <translation>{field} 必须是名称（文本）列表，实际是 {value}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/data.py" line="60" />
        <source>{field} must be true, false or an object like {example}, got {value}.</source>
        <translation>{field} 必须是 true、false 或类似 {example} 的对象，实际是 {value}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/data.py" line="63" />
        <source>Unknown augmentation {field}.</source>
        <translation>未知的数据增强选项 {field}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/data.py" line="64" />
        <source>use {choices}</source>
        <translation>使用 {choices}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/data.py" line="65" />
        <source>{field} must be a number &gt;= 0, got {value}.</source>
        <translation>{field} 必须是 &gt;= 0 的数，实际是 {value}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/data.py" line="66" />
        <source>{field} must be [low, high] with 0 &lt; low &lt;= high, got {value}.</source>
        <translation>{field} 必须是 [低, 高]，且 0 &lt; 低 &lt;= 高，实际是 {value}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/fields.py" line="19" />
        <source>{field} must be a number, got {value}.</source>
        <translation>{field} 必须是数字，实际是 {value}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/fields.py" line="20" />
        <source>{field} must be a finite number of sensible size, got {value}.</source>
        <translation>{field} 必须是大小合理的有限数，实际是 {value}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/fields.py" line="22" />
        <source>{field} must be greater than 0, got {value}.</source>
        <translation>{field} 必须大于 0，实际是 {value}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/fields.py" line="23" />
        <source>{field} must be at least {minimum}, got {value}.</source>
        <translation>{field} 至少应为 {minimum}，实际是 {value}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/fields.py" line="24" />
        <source>{field} must be a whole number &gt;= {minimum}, got {value}.</source>
        <translation>{field} 必须是 &gt;= {minimum} 的整数，实际是 {value}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/fields.py" line="26" />
        <source>{field} must be a whole number &gt;= {minimum} and &lt;= {maximum}, got {value}.</source>
        <translation>{field} 必须是 &gt;= {minimum} 且 &lt;= {maximum} 的整数，实际是 {value}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/fields.py" line="28" />
        <source>{field} must be true or false, got {value}.</source>
        <translation>{field} 必须是 true 或 false，实际是 {value}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/fields.py" line="29" />
        <source>Unknown {field} {value}.</source>
        <translation>未知的 {field}：{value}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/fields.py" line="30" />
        <source>use one of: {choices}</source>
        <translation>使用以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/fields.py" line="31" />
        <source>change {field}</source>
        <translation>修改 {field}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/fields.py" line="32" />
        <source>Unknown setting '{field}' is kept but not used by this version of netstudio.</source>
        <translation>未知设置“{field}”会被保留，但此版本的 netstudio 不使用它。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/fields.py" line="34" />
        <source>did you mean '{suggestion}'?</source>
        <translation>你是不是想写“{suggestion}”？</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/fields.py" line="35" />
        <source>check its spelling or remove it</source>
        <translation>检查拼写或删除它</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/training.py" line="81" />
        <source>{field} must be "auto", true or false, got {value}.</source>
        <translation>{field} 必须是 "auto"、true 或 false，现在是 {value}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/training.py" line="84" />
        <source>{field} {loss} compares class scores with labels, but a reconstruction task has no labels.</source>
        <translation>{field} {loss} 用类别分数和标签比较，但重建任务没有标签。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/training.py" line="86" />
        <source>use MSELoss, L1Loss or BCEWithLogitsLoss</source>
        <translation>使用 MSELoss、L1Loss 或 BCEWithLogitsLoss</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/settings/training.py" line="87" />
        <source>{field} must be an object like {example}, got {value}.</source>
        <translation>{field} 必须是类似 {example} 的对象，实际是 {value}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="14" />
        <source>Nesterov momentum needs momentum &gt; 0 (e.g. 0.9) and dampening 0</source>
        <translation>Nesterov 动量需要 momentum &gt; 0（例如 0.9）且 dampening 为 0</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="16" />
        <source>needs 0 &lt; etaminus &lt; 1 &lt; etaplus, e.g. [0.5, 1.2]</source>
        <translation>需要 0 &lt; etaminus &lt; 1 &lt; etaplus，例如 [0.5, 1.2]</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/optimizers.py" line="17" />
        <source>the smallest step must not exceed the largest</source>
        <translation>最小步长不能大于最大步长</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/registry.py" line="26" />
        <source>a number &gt; {low}</source>
        <translation>大于 {low} 的数</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/registry.py" line="27" />
        <source>a number &lt; {high}</source>
        <translation>小于 {high} 的数</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/registry.py" line="28" />
        <source>a number {low_sign} {low} and {high_sign} {high}</source>
        <translation>{low_sign} {low} 且 {high_sign} {high} 的数</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/registry.py" line="29" />
        <source>a whole number &gt; {low}</source>
        <translation>大于 {low} 的整数</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/registry.py" line="30" />
        <source>a pair [a, b], each {requirement}</source>
        <translation>一对数 [a, b]，每个都是{requirement}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/registry.py" line="31" />
        <source>a list of increasing whole numbers, each {requirement}</source>
        <translation>递增的整数列表，每个都是{requirement}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/registry.py" line="34" />
        <source>{field} ({owner}) must be {requirement}, got {value}.</source>
        <translation>{field}（{owner}）必须是{requirement}，现在是 {value}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/registry.py" line="36" />
        <source>{field} ({owner}): {reason}.</source>
        <translation>{field}（{owner}）：{reason}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/registry.py" line="37" />
        <source>{field} ({value}) and {other} ({other_value}) disagree.</source>
        <translation>{field}（{value}）与 {other}（{other_value}）相互矛盾。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/registry.py" line="39" />
        <source>keep one of them</source>
        <translation>只保留其中一个</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/registry.py" line="40" />
        <source>{field} is not used by {optimizer}.</source>
        <translation>{optimizer} 不使用 {field}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/registry.py" line="41" />
        <source>remove {field}</source>
        <translation>删除 {field}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/registry.py" line="42" />
        <source>give it a "type" from: {choices}</source>
        <translation>给它一个 "type"，可选：{choices}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/optim/schedules.py" line="23" />
        <source>must not exceed max_lr</source>
        <translation>不能超过 max_lr</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="129" />
        <source>the network has no trainable parameters: add a layer with weights (Linear, Conv2d, ...).</source>
        <translation>网络没有可训练的参数：请添加一个带权重的层（Linear、Conv2d 等）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="134" />
        <source>training.optimizer {optimizer!r} is not known.</source>
        <translation>未知的 training.optimizer {optimizer!r}。</translation>
    </message>
</context>
<context>
    <name>SettingsCommand</name>
    <message>
        <location filename="../../netstudio/gui/training/dashboard.py" line="50" />
        <source>training settings</source>
        <translation>训练设置</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/dashboard.py" line="52" />
        <source>Change {0}</source>
        <translation>修改 {0}</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="51" />
        <source>GPU found: {0}</source>
        <translation>找到 GPU：{0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="53" />
        <source>No GPU found: training runs on the CPU.</source>
        <translation>未找到 GPU：训练将在 CPU 上运行。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="123" />
        <source>{0} (download)</source>
        <translation>{0}（需下载）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="127" />
        <source>Classification (labels)</source>
        <translation>分类（标签）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="128" />
        <source>Reconstruction (autoencoder)</source>
        <translation>重建（自编码器）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="130" />
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="130" />
        <source>Custom: the settings below.</source>
        <translation>自定义：使用下面的设置。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="131" />
        <source>Fast</source>
        <translation>快速</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="132" />
        <source>Fast (one-cycle, batch size for the device)</source>
        <translation>快速（单周期学习率，按设备选批大小）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="145" />
        <source>constant</source>
        <translation>恒定</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="153" />
        <source>shift ±10%, rotate ±10°</source>
        <translation>平移 ±10%，旋转 ±10°</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="156" />
        <location filename="../../netstudio/gui/training/settings_form.py" line="159" />
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="159" />
        <source>auto: bfloat16 where the hardware has it</source>
        <translation>自动：硬件支持时使用 bfloat16</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="160" />
        <source>bfloat16</source>
        <translation>bfloat16</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="160" />
        <source>bfloat16 always</source>
        <translation>始终使用 bfloat16</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="161" />
        <source>off (float32)</source>
        <translation>关闭（float32）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="161" />
        <source>off: float32 everywhere</source>
        <translation>关闭：全部使用 float32</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="163" />
        <source>torch.compile</source>
        <translation>torch.compile</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="166" />
        <source>Dropout is a layer: add a Dropout node to the graph.</source>
        <translation>Dropout 是一个层：请在图中添加 Dropout 节点。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="170" />
        <source>Fast: a one-cycle learning-rate schedule and a batch size chosen for the device, 2 epochs. It does not change the network. Settings you change yourself win.</source>
        <translation>快速：单周期学习率调度，按设备选择批大小，训练 2 轮。不会改动网络。你自己修改的设置优先。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="173" />
        <source>How many times the network sees the whole training set.</source>
        <translation>网络完整遍历训练集的次数。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="174" />
        <source>Images per update step. Larger: faster but coarser steps.</source>
        <translation>每次参数更新使用的图像数。越大越快，但每步更粗糙。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="176" />
        <source>How big each update step is. Too large and the loss explodes.</source>
        <translation>每次更新的步长。太大会导致损失爆炸。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="177" />
        <source>L1 penalty: adds this factor x the sum of |weights| to the loss.</source>
        <translation>L1 惩罚：把 该系数 x |权重| 之和 加到损失上。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="178" />
        <source>Randomly shift and rotate training images so the network generalizes better.</source>
        <translation>随机平移和旋转训练图像，让网络泛化得更好。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="180" />
        <source>Mixed precision: compute in bfloat16 where the CPU or GPU has units for it (about 2x faster, same accuracy).</source>
        <translation>混合精度：在 CPU 或 GPU 具备相应单元时用 bfloat16 计算（约快 2 倍，准确率不变）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="182" />
        <source>Compile the network with torch.compile: faster steps after a first step that takes from seconds to a minute.</source>
        <translation>用 torch.compile 编译网络：第一步需要几秒到一分钟，之后每步更快。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="192" />
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="192" />
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="193" />
        <source>Recipe</source>
        <translation>训练方案</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="194" />
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="194" />
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="195" />
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="195" />
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="197" />
        <source>LR schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="198" />
        <source>Loss</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="199" />
        <source>L1 penalty</source>
        <translation>L1 惩罚</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="199" />
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="200" />
        <source>Augmentation</source>
        <translation>数据增强</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="200" />
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="201" />
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="202" />
        <source>Compile</source>
        <translation>编译</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="448" />
        <source>{0} (from file)</source>
        <translation>{0}（来自文件）</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../netstudio/gui/shortcuts.py" line="59" />
        <source>Canvas</source>
        <translation>画布</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/shortcuts.py" line="68" />
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/shortcuts.py" line="68" />
        <source>Mouse wheel</source>
        <translation>鼠标滚轮</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/shortcuts.py" line="69" />
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/shortcuts.py" line="70" />
        <source>Middle button drag, or Space + drag</source>
        <translation>按住中键拖动，或按住空格拖动</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/shortcuts.py" line="71" />
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/shortcuts.py" line="72" />
        <source>Drag from a port to another layer</source>
        <translation>从端口拖到另一层</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/shortcuts.py" line="73" />
        <source>Insert into a connection</source>
        <translation>插入到连接中</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/shortcuts.py" line="74" />
        <source>Drop a layer from the palette on it</source>
        <translation>把层从面板拖放到连接上</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/shortcuts.py" line="75" />
        <source>Select the layer below / above / beside</source>
        <translation>选中下方 / 上方 / 旁边的层</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/shortcuts.py" line="76" />
        <source>Arrow keys on the canvas</source>
        <translation>在画布上按方向键</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/shortcuts.py" line="77" />
        <source>Select several</source>
        <translation>多选</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/shortcuts.py" line="78" />
        <source>Drag on empty canvas, or Ctrl+click</source>
        <translation>在空白画布上拖动，或 Ctrl+单击</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/shortcuts.py" line="79" />
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/shortcuts.py" line="80" />
        <source>Right-click a layer, a connection or the canvas</source>
        <translation>右键单击层、连接或画布</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/shortcuts.py" line="97" />
        <source>Mouse</source>
        <translation>鼠标</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/shortcuts.py" line="107" />
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>SpaceTable</name>
    <message>
        <location filename="../../netstudio/gui/tune/space_table.py" line="27" />
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/space_table.py" line="28" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/space_table.py" line="29" />
        <source>Low</source>
        <translation>下限</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/space_table.py" line="30" />
        <source>High</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/space_table.py" line="31" />
        <source>Step</source>
        <translation>步长</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/space_table.py" line="32" />
        <source>Log</source>
        <translation>对数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/space_table.py" line="33" />
        <source>Choices</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/space_table.py" line="156" />
        <source>Fix: {0}</source>
        <translation>修正：{0}</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../netstudio/gui/panels/summary.py" line="39" />
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/summary.py" line="39" />
        <source>FLOPs per sample</source>
        <translation>每个样本的浮点运算</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/summary.py" line="40" />
        <source>Model size</source>
        <translation>模型大小</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/summary.py" line="40" />
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/summary.py" line="41" />
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/summary.py" line="41" />
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/summary.py" line="55" />
        <source>%1 (float32 weights)</source>
        <translation>%1（float32 权重）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/summary.py" line="64" />
        <source>1 error</source>
        <translation>1 个错误</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/summary.py" line="64" />
        <source>%1 errors</source>
        <translation>%1 个错误</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/summary.py" line="66" />
        <location filename="../../netstudio/gui/panels/summary.py" line="69" />
        <source>1 warning</source>
        <translation>1 个警告</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/summary.py" line="66" />
        <location filename="../../netstudio/gui/panels/summary.py" line="69" />
        <source>%1 warnings</source>
        <translation>%1 个警告</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/summary.py" line="71" />
        <source>No problems found</source>
        <translation>未发现问题</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <location filename="../../netstudio/gui/panels/param_fields.py" line="257" />
        <source>e.g. 3 or 3, 5</source>
        <translation>例如 3 或 3, 5</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/param_fields.py" line="259" />
        <source>e.g. 1, 28, 28</source>
        <translation>例如 1, 28, 28</translation>
    </message>
</context>
<context>
    <name>TileGridView</name>
    <message>
        <location filename="../../netstudio/gui/inspect/tile_view.py" line="149" />
        <source>#{0}</source>
        <translation>#{0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/tile_view.py" line="152" />
        <source>channel {0} · row {1}, column {2} · value {3}</source>
        <translation>通道 {0} · 第 {1} 行，第 {2} 列 · 数值 {3}</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <location filename="../../netstudio/gui/tour.py" line="77" />
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tour.py" line="78" />
        <location filename="../../netstudio/gui/tour.py" line="132" />
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tour.py" line="79" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tour.py" line="132" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tour.py" line="224" />
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tour.py" line="225" />
        <source>Every layer netstudio knows. Drag one onto the canvas, or double-click it to add it after the selected card, already connected. On the canvas, Tab or / finds a layer by typing its name.</source>
        <translation>netstudio 认识的所有层。把一个拖到画布上，或双击它，将它添加到选中的卡片之后并自动连接。在画布上按 Tab 或 / 可以输入名称查找层。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tour.py" line="229" />
        <source>The canvas</source>
        <translation>画布</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tour.py" line="230" />
        <source>Your network, from the input at the top to the output at the bottom. Drag from a card's bottom dot to another card to connect them. Right-click a card, a connection or the empty canvas for more.</source>
        <translation>你的网络，输入在上，输出在下。从卡片底部的圆点拖到另一张卡片即可连接。右键单击卡片、连接或空白画布可以看到更多操作。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tour.py" line="234" />
        <source>Shapes on the connections</source>
        <translation>连接上的形状</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tour.py" line="235" />
        <source>Each connection says what flows on it: 32×24×24 is 32 feature maps of 24×24 pixels, [1024] a list of 1024 numbers. When sizes do not fit, the card turns red and says how to fix it.</source>
        <translation>每条连接都标出流过它的数据：32×24×24 是 32 张 24×24 像素的特征图，[1024] 是 1024 个数。尺寸不匹配时，卡片会变红并说明修改方法。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tour.py" line="239" />
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tour.py" line="240" />
        <source>Train (F5) teaches the network on the data set in the background. Loss and accuracy curves grow in the Dashboard while it learns.</source>
        <translation>训练（F5）在后台用数据集训练网络。学习过程中，损失和准确率曲线会在“训练曲线”面板中逐渐增长。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tour.py" line="243" />
        <source>Feature maps</source>
        <translation>特征图</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tour.py" line="244" />
        <source>Select a convolution: this shows what each of its channels sees in a test image. Click a channel to enlarge it, hover to read its values.</source>
        <translation>选中一个卷积层：这里显示它的每个通道在测试图像中看到了什么。单击通道可放大，悬停可读取数值。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tour.py" line="247" />
        <source>Draw a digit</source>
        <translation>手写数字</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tour.py" line="248" />
        <source>After training, draw a digit here and watch the network's guess change as you draw.</source>
        <translation>训练之后，在这里写一个数字，看着网络的判断随你的笔画而变化。</translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="8" />
        <source>This trainer has already run; create a new one.</source>
        <translation>这个训练器已经运行过；请新建一个。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="9" />
        <source>Finished 1 epoch.</source>
        <translation>完成 1 轮训练。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="10" />
        <source>Finished {count} epochs.</source>
        <translation>完成 {count} 轮训练。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="11" />
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="12" />
        <source>Stopped (interrupted).</source>
        <translation>已停止（被中断）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="13" />
        <source>Stopped. {reason}</source>
        <translation>已停止。{reason}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="14" />
        <source>Stopped in epoch {epoch} (step {step}); {done} whole epochs done.</source>
        <translation>在第 {epoch} 轮（第 {step} 步）停止；已完成 {done} 个完整的轮次。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="16" />
        <source>Stopped after epoch {epoch}.</source>
        <translation>在第 {epoch} 轮之后停止。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="17" />
        <source>Early stopping after epoch {epoch}: the validation loss has not improved for {epochs} epochs; the model keeps the weights of epoch {best}.</source>
        <translation>在第 {epoch} 轮后提前停止：验证损失已连续 {epochs} 轮没有改善；模型保留第 {best} 轮的权重。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="20" />
        <source>The loss became NaN or infinite (by step {step}, epoch {epoch}): training diverged. Lower training.lr (try {lr}), set training.grad_clip (e.g. 1.0), or check that the loss fits the last layer.</source>
        <translation>损失变成了 NaN 或无穷大（在第 {epoch} 轮第 {step} 步之前）：训练发散了。请降低 training.lr（试试 {lr}），设置 training.grad_clip（例如 1.0），或检查损失函数是否与最后一层相配。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="24" />
        <source>Out of memory with batch size {batch}. Use a smaller training.batch_size (e.g. half), a smaller network, or the CPU.</source>
        <translation>批大小为 {batch} 时内存不足。请使用更小的 training.batch_size（例如减半）、更小的网络，或改用 CPU。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="27" />
        <source>A batch normalization layer got a batch of a single sample, from which it cannot compute statistics. Train on more samples (a larger --subset) or use a training.batch_size that does not leave one sample over.</source>
        <translation>一个批归一化层收到了只有一个样本的批次，无法计算统计量。请用更多样本训练（更大的 --subset），或使用不会剩下单个样本的 training.batch_size。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="32" />
        <source>BCELoss needs outputs between 0 and 1, but the network gave values outside them. Add a Sigmoid layer at the end, or set training.loss to BCEWithLogitsLoss (it applies the sigmoid itself).</source>
        <translation>BCELoss 需要 0 到 1 之间的输出，但网络给出了超出范围的值。请在末尾添加 Sigmoid 层，或把 training.loss 设为 BCEWithLogitsLoss（它自己会做 sigmoid）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="36" />
        <source>The network could not process the data ({error}). Check that the Input node's shape matches the dataset's {shape} and that the last layer has one output per class (run: netstudio check FILE).</source>
        <translation>网络无法处理这些数据（{error}）。请检查输入节点的形状是否与数据集的 {shape} 一致，以及最后一层是否每个类别一个输出（运行：netstudio check 文件）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="40" />
        <source>Training failed: {error}</source>
        <translation>训练失败：{error}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="41" />
        <source>Could not save the checkpoint: {error} Training stopped; the last checkpoint written is intact.</source>
        <translation>无法保存检查点：{error} 训练已停止；最后写入的检查点完好无损。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="44" />
        <source>Training stopped: could not read or write {file} ({reason}).</source>
        <translation>训练已停止：无法读写 {file}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="46" />
        <source>training.device is "cuda" but no CUDA GPU is available here; use "auto" or "cpu".</source>
        <translation>training.device 为“cuda”，但这里没有可用的 CUDA GPU；请使用“auto”或“cpu”。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="48" />
        <source>the training split is empty: there is nothing to train on.</source>
        <translation>训练集是空的：没有可训练的数据。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="50" />
        <source>the training split has {samples} samples, fewer than the {processes} processes: each needs at least one. Use more data or fewer processes (--nproc_per_node).</source>
        <translation>训练集只有 {samples} 个样本，少于 {processes} 个进程：每个进程至少需要一个。请使用更多数据或更少的进程（--nproc_per_node）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="54" />
        <source>--subset must be at least 1.</source>
        <translation>--subset 至少应为 1。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="55" />
        <source>not in the checkpoint: {ids}</source>
        <translation>检查点中没有：{ids}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="56" />
        <source>only in the checkpoint: {ids}</source>
        <translation>只在检查点中有：{ids}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="57" />
        <source>other sizes: {ids}</source>
        <translation>尺寸不同：{ids}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="58" />
        <source>{first}; {then}</source>
        <translation>{first}；{then}</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="59" />
        <source>{path}: this checkpoint was saved from a different network ({differences}); resume with the project that made it, or train without --resume.</source>
        <translation>{path}：这个检查点来自另一个网络（{differences}）；请用生成它的项目继续训练，或不带 --resume 训练。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="62" />
        <source>{path}: this checkpoint was trained with {field} {then}, but the project now has {now}; their saved state does not carry over. Set {field} back to {then} to resume, or train without --resume.</source>
        <translation>{path}：这个检查点训练时 {field} 为 {then}，但项目现在是 {now}；保存的状态无法沿用。请把 {field} 改回 {then} 后继续训练，或不带 --resume 训练。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="66" />
        <source>{path}: this checkpoint was trained without {field}, but the project now has {now}; their saved state does not carry over. Remove {field} to resume, or train without --resume.</source>
        <translation>{path}：这个检查点训练时没有 {field}，但项目现在是 {now}；保存的状态无法沿用。请删除 {field} 后继续训练，或不带 --resume 训练。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="70" />
        <source>{path}: this checkpoint was trained with training.lr {then} and a schedule that continues from it, but the project now has {now}. Set training.lr back to {then} to resume, or train without --resume.</source>
        <translation>{path}：这个检查点训练时 training.lr 为 {then}，学习率调度从它继续，但项目现在是 {now}。请把 training.lr 改回 {then} 后继续训练，或不带 --resume 训练。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="74" />
        <source>{path}: this checkpoint already holds {done} epoch(s) and the run asks for {epochs} in all (the epochs of a resumed run count from the start); ask for more, e.g. --epochs {more}.</source>
        <translation>{path}：这个检查点已经包含 {done} 轮，而本次运行总共要求 {epochs} 轮（继续训练的轮数从头算起）；请要求更多轮，例如 --epochs {more}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="78" />
        <source>node '{node}': the Input shape is {shape} but the {dataset} images are {expected}; set the Input node's shape to {expected}.</source>
        <translation>节点“{node}”：输入形状是 {shape}，但 {dataset} 的图像是 {expected}；请把输入节点的形状设为 {expected}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="81" />
        <source>node '{node}': the network outputs {shape} values per sample but {dataset} has {classes} classes; make the last layer output {classes} values (e.g. Linear with out_features {classes}).</source>
        <translation>节点“{node}”：网络每个样本输出 {shape} 个值，但 {dataset} 有 {classes} 个类别；请让最后一层输出 {classes} 个值（例如 out_features 为 {classes} 的 Linear）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="85" />
        <source>node '{node}': a reconstruction network must output as many values as the input has ({expected}, {inputs}); it outputs {shape} ({outputs}).</source>
        <translation>节点“{node}”：重建网络的输出值个数必须与输入相同（{expected}，{inputs} 个）；它输出 {shape}（{outputs} 个）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="88" />
        <source>the data or training settings have errors; fix them before training.</source>
        <translation>数据或训练设置有错误；请先修正再训练。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="90" />
        <source>the network has errors; fix them before training.</source>
        <translation>网络有错误；请先修正再训练。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="91" />
        <source>{path}: no such checkpoint file. Check the path.</source>
        <translation>{path}：检查点文件不存在。请检查路径。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="95" />
        <source>{path}: holds only weights (like model.pt), not a checkpoint; resume from the checkpoint.pt next to it (it also holds the optimizer and the history).</source>
        <translation>{path}：只包含权重（类似 model.pt），不是检查点；请从它旁边的 checkpoint.pt 继续训练（其中还保存了优化器和训练历史）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="101" />
        <source>{path}: not a netstudio checkpoint (made by another program?).</source>
        <translation>{path}：不是 netstudio 检查点（是否由其他程序生成？）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="105" />
        <source>{path}: written by a newer netstudio; update netstudio to use it.</source>
        <translation>{path}：由更新版本的 netstudio 写入；请更新 netstudio 后再使用。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="109" />
        <source>{path}: not a readable netstudio checkpoint ({error}).</source>
        <translation>{path}：不是可读取的 netstudio 检查点（{error}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="113" />
        <source>the initial weights file {path} is missing. Put it back next to the project, or remove 'initial_weights' from the project to start from random weights.</source>
        <translation>初始权重文件 {path} 不见了。请把它放回项目旁边，或者从项目中删除 'initial_weights'，从随机权重开始。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="119" />
        <source>the initial weights file {path} holds no weights (a dict of tensors). Import the network again to rewrite it.</source>
        <translation>初始权重文件 {path} 中没有权重（张量字典）。请重新导入网络以重写它。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/messages.py" line="124" />
        <source>the initial weights file {path} cannot be read ({reason}). Import the network again to rewrite it.</source>
        <translation>初始权重文件 {path} 无法读取（{reason}）。请重新导入网络以重写它。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/speed.py" line="25" />
        <source>training.device is "cuda" but no CUDA GPU is available here: training on the CPU instead (set "auto" or "cpu" to silence this).</source>
        <translation>training.device 为 "cuda"，但这里没有可用的 CUDA GPU：改在 CPU 上训练（设为 "auto" 或 "cpu" 可不再提示）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/speed.py" line="28" />
        <source>training.amp: this {device} has no native bfloat16 units; bf16 autocast is emulated and may be slower than float32.</source>
        <translation>training.amp：此 {device} 没有原生 bfloat16 单元；bf16 自动混合精度为模拟实现，可能比 float32 更慢。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/speed.py" line="31" />
        <source>training.amp: bfloat16 is not supported on this {device}; training in float32.</source>
        <translation>training.amp：此 {device} 不支持 bfloat16；改用 float32 训练。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/speed.py" line="33" />
        <source>training.compile: {reason}; training without compiling.</source>
        <translation>training.compile：{reason}；不编译，直接训练。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/speed.py" line="35" />
        <source>training.compile: compiling the network failed ({error}); training without compiling.</source>
        <translation>training.compile：编译网络失败（{error}）；不编译，直接训练。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/speed.py" line="37" />
        <source>training.compile: compiled the network in {seconds} s (the first step).</source>
        <translation>training.compile：网络编译用时 {seconds} 秒（第一步）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/speed.py" line="39" />
        <source>Triton is not installed (pip install triton)</source>
        <translation>未安装 Triton（pip install triton）</translation>
    </message>
    <message>
        <location filename="../../netstudio/core/train/speed.py" line="40" />
        <source>no C++ compiler was found (install g++ or clang++, or set CXX)</source>
        <translation>未找到 C++ 编译器（请安装 g++ 或 clang++，或设置 CXX）</translation>
    </message>
</context>
<context>
    <name>TrainingDashboard</name>
    <message>
        <location filename="../../netstudio/gui/training/dashboard.py" line="193" />
        <location filename="../../netstudio/gui/training/dashboard.py" line="309" />
        <source>graph</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/dashboard.py" line="196" />
        <location filename="../../netstudio/gui/training/dashboard.py" line="200" />
        <source>The network has errors; fix them before training (see Problems).</source>
        <translation>网络有错误；请先修正再训练（见“问题”面板）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/dashboard.py" line="270" />
        <source>Training on {0}: {1} training images, {2} epoch(s).</source>
        <translation>在 {0} 上训练：{1} 张训练图像，{2} 轮。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/dashboard.py" line="160" />
        <location filename="../../netstudio/gui/training/dashboard.py" line="312" />
        <source>Training could not start: {0}</source>
        <translation>无法开始训练：{0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/dashboard.py" line="240" />
        <source>{0} run folder(s) could not be read and were skipped:</source>
        <translation>{0} 个运行文件夹无法读取，已跳过：</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/dashboard.py" line="353" />
        <source>&lt;b&gt;Training diverged.&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;训练发散。&lt;/b&gt;{0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/dashboard.py" line="356" />
        <source>&lt;b&gt;Training failed.&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;训练失败。&lt;/b&gt;{0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/dashboard.py" line="361" />
        <source>test accuracy &lt;b&gt;{0}&lt;/b&gt; (loss {1})</source>
        <translation>测试准确率 &lt;b&gt;{0}&lt;/b&gt;（损失 {1}）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/dashboard.py" line="365" />
        <source>test loss &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>测试损失 &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/dashboard.py" line="368" />
        <source>no test set</source>
        <translation>没有测试集</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/dashboard.py" line="372" />
        <source>Stopped in epoch {0} after {1} of {2} batches ({3}).</source>
        <translation>在第 {0} 轮训练了 {2} 个批次中的 {1} 个后停止（用时 {3}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/dashboard.py" line="377" />
        <source>Stopped after {0} epoch(s) ({1}).</source>
        <translation>训练 {0} 轮后停止（用时 {1}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/dashboard.py" line="380" />
        <source> A stopped run is not tested; the network keeps what it learned so far (Draw, Feature maps, Export weights).</source>
        <translation>停止的训练不会进行测试；网络保留到目前为止学到的内容（可用于手写、特征图、导出权重）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/dashboard.py" line="384" />
        <source>Stopped after {0} epoch(s): {1}, {2}.</source>
        <translation>训练 {0} 轮后停止：{1}，用时 {2}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/dashboard.py" line="389" />
        <source>{0} {1}, {2}.</source>
        <translation>{0} {1}，用时 {2}。</translation>
    </message>
</context>
<context>
    <name>TrainingInstall</name>
    <message>
        <location filename="../../netstudio/gui/training/install.py" line="32" />
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/install.py" line="35" />
        <source>Dashboard</source>
        <translation>训练曲线</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/install.py" line="39" />
        <source>Inspect</source>
        <translation>观察网络</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../../netstudio/gui/training/panel.py" line="41" />
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/panel.py" line="43" />
        <source>Train the network on the dataset with these settings.</source>
        <translation>用这些设置在数据集上训练网络。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/panel.py" line="44" />
        <location filename="../../netstudio/gui/training/panel.py" line="92" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/panel.py" line="45" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/panel.py" line="46" />
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/panel.py" line="47" />
        <source>Train exactly one batch, then update every view.</source>
        <translation>只训练一个批次，然后更新所有视图。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/panel.py" line="59" />
        <location filename="../../netstudio/gui/training/panel.py" line="118" />
        <source>Ready to train.</source>
        <translation>准备就绪，可以训练。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/panel.py" line="92" />
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/panel.py" line="98" />
        <source>Loading the data and building the network...</source>
        <translation>正在加载数据并构建网络…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/panel.py" line="100" />
        <source>starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/panel.py" line="102" />
        <source>Stopping after this batch...</source>
        <translation>本批次结束后停止…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/panel.py" line="116" />
        <source>Fix the errors listed in Problems to train.</source>
        <translation>请先修复“问题”中列出的错误再训练。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/panel.py" line="120" />
        <location filename="../../netstudio/gui/training/panel.py" line="130" />
        <source> (paused)</source>
        <translation>（已暂停）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/panel.py" line="127" />
        <source>Epoch {0}/{1}, batch {2}/{3} · {4} samples/s</source>
        <translation>第 {0}/{1} 轮，批次 {2}/{3} · {4} 样本/秒</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/panel.py" line="145" />
        <source>epoch {0}/{1}  {2}</source>
        <translation>第 {0}/{1} 轮  {2}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/panel.py" line="123" />
        <source>Epoch {0}/{1}, batch {2}/{3} · {4} samples/s · ETA {5}</source>
        <translation>第 {0}/{1} 轮，批次 {2}/{3} · {4} 样本/秒 · 剩余 {5}</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <location filename="../../netstudio/gui/training/worker.py" line="191" />
        <source>The run could not be saved: {0}</source>
        <translation>无法保存这个运行：{0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/worker.py" line="328" />
        <source>Could not start training: {0}</source>
        <translation>无法开始训练：{0}</translation>
    </message>
</context>
<context>
    <name>TrialTable</name>
    <message>
        <location filename="../../netstudio/gui/tune/trials_model.py" line="23" />
        <source>Trial</source>
        <translation>试验</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/trials_model.py" line="23" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/trials_model.py" line="24" />
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/trials_model.py" line="24" />
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/trials_model.py" line="25" />
        <source>Pruned at</source>
        <translation>剪枝于</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/trials_model.py" line="26" />
        <source>complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/trials_model.py" line="27" />
        <source>pruned</source>
        <translation>已剪枝</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/trials_model.py" line="28" />
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/trials_model.py" line="29" />
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/trials_model.py" line="30" />
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/trials_model.py" line="31" />
        <source>retried</source>
        <translation>已重试</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/trials_model.py" line="117" />
        <source>Run {0} (double-click to open it)</source>
        <translation>运行 {0}（双击打开）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/trials_model.py" line="132" />
        <source>{0:.4f} (epoch {1})</source>
        <translation>{0:.4f}（第 {1} 轮）</translation>
    </message>
</context>
<context>
    <name>TuneCommands</name>
    <message>
        <location filename="../../netstudio/gui/tune/commands.py" line="86" />
        <source>Apply best trial {0}</source>
        <translation>应用最佳试验 {0}</translation>
    </message>
</context>
<context>
    <name>TuneGlue</name>
    <message>
        <location filename="../../netstudio/gui/tune/install.py" line="164" />
        <source>{0} cannot be searched.</source>
        <translation>{0} 不能被搜索。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/install.py" line="170" />
        <source>{0} is already searched; edit its range in the Tune tab.</source>
        <translation>{0} 已在搜索中；请在“调参”标签页中编辑其范围。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/install.py" line="176" />
        <source>Search {0}</source>
        <translation>搜索 {0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/install.py" line="177" />
        <source>{0} added to the search (Tune tab).</source>
        <translation>已将 {0} 加入搜索（“调参”标签页）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/install.py" line="186" />
        <source>Stop searching {0}</source>
        <translation>停止搜索 {0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/install.py" line="198" />
        <source>Change the search</source>
        <translation>修改搜索</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/install.py" line="207" />
        <source>Save the project first: its trials are kept beside it, in its run store.</source>
        <translation>请先保存项目：试验会保存在项目旁边的运行存储中。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/install.py" line="211" />
        <source>Nothing to search yet: right-click a setting or a layer parameter and choose Search this…</source>
        <translation>还没有可搜索的内容：右键点击某个设置或层参数，然后选择“搜索此项…”</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/install.py" line="215" />
        <source>A training run is going; stop it before searching.</source>
        <translation>正在进行训练；请先停止它再搜索。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/install.py" line="223" />
        <source>The search cannot start: {0}</source>
        <translation>搜索无法开始：{0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/install.py" line="232" />
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/install.py" line="244" />
        <source>Stopping: the running trial ends after its batch and runs again on the next Start.</source>
        <translation>正在停止：当前试验会在本批次后结束，并在下次点击“开始”时重新运行。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/install.py" line="250" />
        <source>Study {0}</source>
        <translation>研究 {0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/install.py" line="255" />
        <source>Study {0}: trial {1} is training…</source>
        <translation>研究 {0}：试验 {1} 正在训练…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/install.py" line="271" />
        <source>Study {0}: {1} of {2} trials done, {3} complete.</source>
        <translation>研究 {0}：已完成 {2} 个试验中的 {1} 个，其中 {3} 个成功完成。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/install.py" line="293" />
        <source>Study {0} trained its trials with other settings ({1}), so it is not resumed: its trials would not be comparable. Set them back to resume it, or press Start again to begin a new study.</source>
        <translation>研究 {0} 的试验是用其他设置训练的（{1}），因此不会继续：这些试验将无法相互比较。把设置改回去即可继续它，或再次按“开始”开始一个新研究。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/install.py" line="313" />
        <source>Applied trial {0}'s values to the project.</source>
        <translation>已将试验 {0} 的取值应用到项目。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/install.py" line="314" />
        <source>The project already has these values.</source>
        <translation>项目已经是这些取值。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/install.py" line="324" />
        <source>Run {0} is not in the run list (deleted?).</source>
        <translation>运行 {0} 不在运行列表中（已删除？）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/install.py" line="336" />
        <source>A trial's run is not in the run list (deleted?).</source>
        <translation>某个试验的运行不在运行列表中（已删除？）。</translation>
    </message>
</context>
<context>
    <name>TuneInstall</name>
    <message>
        <location filename="../../netstudio/gui/tune/install.py" line="47" />
        <source>Tune</source>
        <translation>调参</translation>
    </message>
</context>
<context>
    <name>TunePanel</name>
    <message>
        <location filename="../../netstudio/gui/tune/panel.py" line="62" />
        <source>Right-click a setting in the Training panel or a layer parameter in Properties and choose &lt;b&gt;Search this…&lt;/b&gt; to add it here.</source>
        <translation>在“训练”面板中右键点击某个设置，或在“属性”中右键点击某个层参数，然后选择&lt;b&gt;搜索此项…&lt;/b&gt;，即可把它加到这里。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/panel.py" line="68" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/panel.py" line="69" />
        <source>Stop searching the selected settings</source>
        <translation>停止搜索所选设置</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/panel.py" line="72" />
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/panel.py" line="72" />
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/panel.py" line="73" />
        <source>TPE (Bayesian)</source>
        <translation>TPE（贝叶斯）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/panel.py" line="81" />
        <source>all data</source>
        <translation>全部数据</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/panel.py" line="83" />
        <source>Train each trial on the first N samples of each split: a quick search, then train the best fully.</source>
        <translation>每个试验只用各数据划分的前 N 个样本训练：先快速搜索，再完整训练最佳结果。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/panel.py" line="86" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/panel.py" line="86" />
        <source>median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/panel.py" line="87" />
        <source>hyperband</source>
        <translation>hyperband</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/panel.py" line="89" />
        <source>Stop a trial early when, after an epoch, it is worse than the other trials were at that epoch.</source>
        <translation>如果某个试验在一轮之后比其他试验在同一轮时更差，就提前停止它。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/panel.py" line="97" />
        <source>Sampler</source>
        <translation>采样器</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/panel.py" line="97" />
        <source>Trials</source>
        <translation>试验数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/panel.py" line="98" />
        <source>Epochs per trial</source>
        <translation>每个试验的轮数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/panel.py" line="98" />
        <source>Subset</source>
        <translation>子集</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/panel.py" line="99" />
        <source>Pruner</source>
        <translation>剪枝器</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/panel.py" line="99" />
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/panel.py" line="111" />
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/panel.py" line="113" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/panel.py" line="165" />
        <source>Apply best to the project</source>
        <translation>把最佳结果应用到项目</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/panel.py" line="166" />
        <source>Write the best trial's values into the project (one step: Ctrl+Z takes them back)</source>
        <translation>把最佳试验的取值写入项目（一步操作：Ctrl+Z 可以撤销）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/panel.py" line="169" />
        <source>Open run</source>
        <translation>打开运行</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/panel.py" line="170" />
        <source>Show the selected trial's stored run (its network in every view)</source>
        <translation>显示所选试验保存的运行（在所有视图中显示它的网络）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/panel.py" line="173" />
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/panel.py" line="174" />
        <source>What differs between the two selected trials</source>
        <translation>所选两个试验之间有什么不同</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/panel.py" line="212" />
        <source>Parallel coordinates</source>
        <translation>平行坐标</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/panel.py" line="214" />
        <source>Per trial</source>
        <translation>各试验</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/panel.py" line="216" />
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/panel.py" line="346" />
        <source>Best: trial {0}, {1} {2:.4f}</source>
        <translation>最佳：试验 {0}，{1} {2:.4f}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/panel.py" line="349" />
        <source>No trial has completed yet.</source>
        <translation>还没有试验完成。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/panel.py" line="445" />
        <source>Grid tries every combination of the values listed, one after another. It is thorough and easy to compare, but the trials multiply with every setting you add.</source>
        <translation>网格搜索会依次尝试所列取值的每一种组合。它全面且便于比较，但每增加一个设置，试验数就会成倍增加。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/panel.py" line="449" />
        <source>Random draws each trial's values at random from the ranges. For the same number of trials it tries more different values of each setting than a grid does.</source>
        <translation>随机搜索为每个试验从范围中随机抽取取值。在试验数相同时，它对每个设置尝试的不同取值比网格搜索更多。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/panel.py" line="453" />
        <source>TPE (a Bayesian method) starts at random, then models which values gave good results and which gave bad ones. It draws the next values where good results are likely, so it usually needs fewer trials.</source>
        <translation>TPE（一种贝叶斯方法）先随机尝试，然后建模哪些取值结果好、哪些结果差。它会在可能得到好结果的地方抽取下一组取值，因此通常需要更少的试验。</translation>
    </message>
</context>
<context>
    <name>TunePlots</name>
    <message>
        <location filename="../../netstudio/gui/tune/panel.py" line="213" />
        <location filename="../../netstudio/gui/tune/plots.py" line="52" />
        <source>Parallel coordinates</source>
        <translation>平行坐标</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/panel.py" line="215" />
        <location filename="../../netstudio/gui/tune/plots.py" line="133" />
        <source>Metric per trial</source>
        <translation>各试验的指标</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/plots.py" line="134" />
        <source>trial</source>
        <translation>试验</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/tune/panel.py" line="217" />
        <source>Which setting mattered</source>
        <translation>哪个设置最重要</translation>
    </message>
</context>
<context>
    <name>ViewBox</name>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="23" />
        <source>View All</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="24" />
        <source>axis</source>
        <translation>轴</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="25" />
        <source>Mouse Mode</source>
        <translation>鼠标模式</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="26" />
        <source>3 button</source>
        <translation>三键</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/library_words.py" line="27" />
        <source>1 button</source>
        <translation>单键</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../netstudio/gui/welcome.py" line="33" />
        <source>Welcome to netstudio</source>
        <translation>欢迎使用 netstudio</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/welcome.py" line="34" />
        <source>&lt;h2&gt;Welcome to netstudio&lt;/h2&gt;&lt;p&gt;Build a neural network from layers, train it on handwritten digits, and look inside it while it learns.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;欢迎使用 netstudio&lt;/h2&gt;&lt;p&gt;用层搭建神经网络，用手写数字训练它，并在它学习时观察它的内部。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/welcome.py" line="42" />
        <source>Open the tutorial network</source>
        <translation>打开教程网络</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/welcome.py" line="43" />
        <source>A small CNN for MNIST digits, ready to train (F5).</source>
        <translation>一个识别 MNIST 数字的小型 CNN，可以直接训练（F5）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/welcome.py" line="44" />
        <source>Start a new network</source>
        <translation>新建网络</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/welcome.py" line="45" />
        <source>Input → Flatten → Linear: it trains already; add layers between.</source>
        <translation>输入 → 展平 → 全连接：已经可以训练；在中间添加层即可。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/welcome.py" line="46" />
        <source>Open a file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/welcome.py" line="46" />
        <source>A .nsproj.json project.</source>
        <translation>一个 .nsproj.json 项目。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/welcome.py" line="47" />
        <source>Take the one-minute tour</source>
        <translation>一分钟导览</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/welcome.py" line="48" />
        <source>Six stops: layers, canvas, shapes, Train, feature maps, drawing.</source>
        <translation>六站：层、画布、形状、训练、特征图、手写。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/welcome.py" line="53" />
        <source>Show this at start</source>
        <translation>启动时显示此页</translation>
    </message>
</context>
<context>
    <name>_CloseGuard</name>
    <message>
        <location filename="../../netstudio/gui/training/install.py" line="175" />
        <source>A training run is still going. Stop it and close?</source>
        <translation>训练仍在进行。要停止训练并关闭吗？</translation>
    </message>
</context>
<context>
    <name>_DeployGlue</name>
    <message>
        <location filename="../../netstudio/gui/deploy/install.py" line="77" />
        <source>Selected run as &amp;ONNX...</source>
        <translation>所选运行导出为 &amp;ONNX…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/install.py" line="79" />
        <source>Selected run as torch.e&amp;xport...</source>
        <translation>所选运行导出为 torch.e&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/install.py" line="82" />
        <source>Selected run as &amp;bundle (model + server)...</source>
        <translation>所选运行导出为部署包（模型 + 服务）(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/install.py" line="99" />
        <source>Select a finished run in the run list first (its trained network is what these export).</source>
        <translation>请先在运行列表中选择一个已完成的运行（导出的是它训练好的网络）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/install.py" line="118" />
        <source>ONNX model (*.onnx)</source>
        <translation>ONNX 模型 (*.onnx)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/install.py" line="122" />
        <source>torch.export program (*.pt2)</source>
        <translation>torch.export 程序 (*.pt2)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/install.py" line="127" />
        <location filename="../../netstudio/gui/deploy/install.py" line="139" />
        <source>Select a stored run in the Deploy tab first.</source>
        <translation>请先在“部署”页选择一个已保存的运行。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/install.py" line="130" />
        <source>Export the run's network</source>
        <translation>导出该运行的网络</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/install.py" line="134" />
        <location filename="../../netstudio/gui/deploy/install.py" line="146" />
        <source>The Deploy tab is busy; try again when it is done.</source>
        <translation>“部署”页正忙；请等它完成后再试。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/deploy/install.py" line="144" />
        <source>Folder for the bundle (an empty folder, or one to make {0} in)</source>
        <translation>部署包的文件夹（一个空文件夹，或在其中新建 {0} 的文件夹）</translation>
    </message>
</context>
<context>
    <name>_TrainActions</name>
    <message>
        <location filename="../../netstudio/gui/training/install.py" line="97" />
        <location filename="../../netstudio/gui/training/install.py" line="103" />
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/install.py" line="98" />
        <source>&amp;Pause / Resume</source>
        <translation>暂停/继续(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/install.py" line="99" />
        <source>S&amp;tep one batch</source>
        <translation>单步训练一个批次(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/install.py" line="100" />
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
</context>
</TS>
