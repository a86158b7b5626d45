<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionSet</name>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="28"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="29"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="30"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="31"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="32"/>
        <source>&amp;Import Network…</source>
        <translation>导入网络(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="34"/>
        <source>Allow &amp;Code From…</source>
        <translation>允许运行代码(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="35"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="37"/>
        <location filename="../../netstudio/gui/actions.py" line="187"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="38"/>
        <location filename="../../netstudio/gui/actions.py" line="193"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="42"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="43"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="44"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="45"/>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="47"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="49"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="50"/>
        <source>Auto &amp;Layout</source>
        <translation>自动布局(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="52"/>
        <source>&amp;Add Layer…</source>
        <translation>添加层(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="58"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="60"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="61"/>
        <source>&amp;Fit to View</source>
        <translation>适合窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="63"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="65"/>
        <source>&amp;About netstudio</source>
        <translation>关于 netstudio(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="93"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="95"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="97"/>
        <source>Sa&amp;mples</source>
        <translation>示例(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="110"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="117"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="120"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="122"/>
        <source>Follow &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="122"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="122"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="130"/>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="135"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="139"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="143"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="143"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="144"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="144"/>
        <source>Auto Layout</source>
        <translation>自动布局</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="145"/>
        <source>Fit to View</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="163"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="166"/>
        <source>Clear List</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="187"/>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="189"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="193"/>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="195"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="289"/>
        <source>About netstudio</source>
        <translation>关于 netstudio</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="290"/>
        <source>&lt;b&gt;netstudio %1&lt;/b&gt;&lt;br&gt;Design, train and inspect neural networks visually.</source>
        <translation>&lt;b&gt;netstudio %1&lt;/b&gt;&lt;br&gt;以可视化方式设计、训练和检查神经网络。</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../netstudio/gui/autosave.py" line="112"/>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
</context>
<context>
    <name>CanvasMenus</name>
    <message>
        <location filename="../../netstudio/gui/canvas/context_menu.py" line="54"/>
        <source>Add Layer After…</source>
        <translation>在其后添加层…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/context_menu.py" line="58"/>
        <source>Disconnect</source>
        <translation>断开所有连接</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/context_menu.py" line="65"/>
        <source>Show Feature Maps</source>
        <translation>查看特征图</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/context_menu.py" line="67"/>
        <location filename="../../netstudio/gui/canvas/context_menu.py" line="110"/>
        <source>About %1…</source>
        <translation>关于 %1…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/context_menu.py" line="80"/>
        <source>Insert Layer Here…</source>
        <translation>在此插入层…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/context_menu.py" line="81"/>
        <source>Delete Connection</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/context_menu.py" line="90"/>
        <source>Add Layer…</source>
        <translation>添加层…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/context_menu.py" line="105"/>
        <source>Add After &apos;%1&apos;</source>
        <translation>添加到“%1”之后</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/context_menu.py" line="107"/>
        <source>Add to the Canvas</source>
        <translation>添加到画布</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <location filename="../../netstudio/gui/inspect/confusion.py" line="32"/>
        <source>true label</source>
        <translation>真实标签</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/confusion.py" line="33"/>
        <source>predicted label</source>
        <translation>预测标签</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/confusion.py" line="56"/>
        <source>Train a classifier to see which digits it confuses.</source>
        <translation>训练一个分类器，看看它会把哪些数字混淆。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/confusion.py" line="92"/>
        <source>{0} test images, {1} wrong. Rows: the true digit; columns: what the network said. Click a cell to see those images.</source>
        <translation>共 {0} 张测试图像，错了 {1} 张。行：真实数字；列：网络的预测。点击某个格子查看这些图像。</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPanel</name>
    <message>
        <location filename="../../netstudio/gui/panels/diagnostics.py" line="42"/>
        <source>Fix: %1</source>
        <translation>修改方法：%1</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/diagnostics.py" line="48"/>
        <source>No problems found.</source>
        <translation>没有发现问题。</translation>
    </message>
</context>
<context>
    <name>DrawPad</name>
    <message>
        <location filename="../../netstudio/gui/inspect/draw_pad.py" line="37"/>
        <source>Draw a digit with the mouse. Clear to start again.</source>
        <translation>用鼠标写一个数字。点“清除”重新开始。</translation>
    </message>
</context>
<context>
    <name>DrawPadPanel</name>
    <message>
        <location filename="../../netstudio/gui/inspect/draw_pad.py" line="109"/>
        <source>No trained network yet: press Train first.</source>
        <translation>还没有训练好的网络：请先点“训练”。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/draw_pad.py" line="115"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/draw_pad.py" line="120"/>
        <source>Train a network, then draw a digit.</source>
        <translation>先训练网络，再写一个数字。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/draw_pad.py" line="131"/>
        <source>probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/draw_pad.py" line="151"/>
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
        <location filename="../../netstudio/gui/inspect/draw_pad.py" line="187"/>
        <source>Draw a digit in the black square.</source>
        <translation>请在黑色方框里写一个数字。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/draw_pad.py" line="200"/>
        <source>The network says &lt;b&gt;{0}&lt;/b&gt; ({1} sure).</source>
        <translation>网络认为是 &lt;b&gt;{0}&lt;/b&gt;（把握 {1}）。</translation>
    </message>
</context>
<context>
    <name>FeatureMapView</name>
    <message>
        <location filename="../../netstudio/gui/inspect/feature_maps.py" line="16"/>
        <source>Select a convolution, activation or pooling node on the canvas to see what each of its channels responds to in the chosen image.</source>
        <translation>在画布上选中一个卷积、激活或池化节点，查看它的每个通道对所选图像的响应。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/feature_maps.py" line="45"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/feature_maps.py" line="79"/>
        <source>&apos;{0}&apos; gives {1} per sample, not channels x height x width, so it has no feature maps.</source>
        <translation>“{0}”对每个样本输出 {1}，不是 通道 x 高 x 宽，因此没有特征图。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/feature_maps.py" line="87"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;: {1} channels of {2}x{3}. Click a channel to enlarge it. {4}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;：{1} 个 {2}x{3} 的通道。点击某个通道可放大。{4}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/feature_maps.py" line="105"/>
        <source>Channel {0}</source>
        <translation>通道 {0}</translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="34"/>
        <location filename="../../netstudio/gui/file_ops.py" line="113"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="41"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="47"/>
        <location filename="../../netstudio/gui/file_ops.py" line="86"/>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="51"/>
        <source>Restored unsaved changes to %1.</source>
        <translation>已恢复 %1 未保存的更改。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="54"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="61"/>
        <source>Cannot open sample</source>
        <translation>无法打开示例</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="87"/>
        <source>%1: no such file. It was moved or deleted.</source>
        <translation>%1：文件不存在，可能已被移动或删除。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="102"/>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="120"/>
        <source>Cannot save project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="121"/>
        <source>%1: cannot be written (%2). Choose another folder.</source>
        <translation>%1：无法写入（%2）。请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="129"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="144"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="145"/>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>“%1”有尚未保存的更改。要保存吗？</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="174"/>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="183"/>
        <source>Restore unsaved changes?</source>
        <translation>恢复未保存的更改？</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="184"/>
        <source>netstudio did not close normally. An automatic backup from %1 has changes that were never saved. Restore them?</source>
        <translation>netstudio 上次没有正常关闭。%1 的自动备份中有尚未保存的更改。要恢复吗？</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="199"/>
        <source>(and %1 more)</source>
        <translation>（另有 %1 项）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="200"/>
        <source>Repaired while opening</source>
        <translation>打开时已修复</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="201"/>
        <source>%1 had problems that netstudio repaired while opening it; save to keep the repairs:
%2</source>
        <translation>%1 存在问题，netstudio 在打开时已修复；保存以保留这些修复：
%2</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="208"/>
        <source>Kept keys this version does not use: %1</source>
        <translation>保留了此版本不使用的键：%1</translation>
    </message>
</context>
<context>
    <name>FilterView</name>
    <message>
        <location filename="../../netstudio/gui/inspect/filters.py" line="14"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/filters.py" line="15"/>
        <source>First input channel</source>
        <translation>第一个输入通道</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/filters.py" line="16"/>
        <source>Mean over inputs</source>
        <translation>各输入通道的平均</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/filters.py" line="27"/>
        <source>Select a convolution on the canvas to see its learned filters.</source>
        <translation>在画布上选中一个卷积层，查看它学到的卷积核（滤波器）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/filters.py" line="32"/>
        <source>Deeper convolutions have one kernel per input channel: show the first one, or their mean.</source>
        <translation>较深的卷积层对每个输入通道各有一个卷积核：显示第一个，或它们的平均。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/filters.py" line="63"/>
        <source>&apos;{0}&apos; has no 2-D convolution kernels to show.</source>
        <translation>“{0}”没有可显示的二维卷积核。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/filters.py" line="80"/>
        <source>one input channel</source>
        <translation>1 个输入通道</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/filters.py" line="80"/>
        <source>%1 input channels</source>
        <translation>%1 个输入通道</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/filters.py" line="81"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;: {1} filters of {2}x{3} over {4}. Grey = 0, bright = positive weight, dark = negative. Click one to enlarge it.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;：{1} 个 {2}x{3} 的卷积核，作用于 {4}。灰色 = 0，亮 = 正权重，暗 = 负权重。点击一个可放大。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/filters.py" line="103"/>
        <source>Filter {0}</source>
        <translation>卷积核 {0}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../netstudio/gui/canvas/find_bar.py" line="26"/>
        <source>Find a layer by name or type</source>
        <translation>按名称或类型查找层</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/find_bar.py" line="32"/>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/find_bar.py" line="80"/>
        <source>no match</source>
        <translation>没有匹配</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/find_bar.py" line="84"/>
        <source>{0} of {1}</source>
        <translation>第 {0} 个，共 {1} 个</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/find_bar.py" line="92"/>
        <source>{0} found</source>
        <translation>找到 {0} 个</translation>
    </message>
</context>
<context>
    <name>GraphEditor</name>
    <message>
        <location filename="../../netstudio/gui/canvas/editor.py" line="76"/>
        <source>The graph is locked while a training run is live. Stop it to edit.</source>
        <translation>训练进行中，网络图已锁定。停止训练后才能编辑。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/editor.py" line="147"/>
        <source>Delete 1 item</source>
        <translation>删除 1 项</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/editor.py" line="147"/>
        <source>Delete %1 items</source>
        <translation>删除 %1 项</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/editor.py" line="178"/>
        <source>Auto layout</source>
        <translation>自动布局</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/editor.py" line="187"/>
        <source>Both ends of a connection must be layers on the canvas.</source>
        <translation>连接的两端都必须是画布上的层。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/editor.py" line="189"/>
        <source>&apos;%1&apos; cannot feed into itself: its output going back into its own input would make a loop. Data must flow one way, from the input to the output.</source>
        <translation>“%1”不能连接到自身：输出回到自己的输入会形成环路。数据必须单向流动，从输入到输出。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/editor.py" line="193"/>
        <source>&apos;%1&apos; is already connected to &apos;%2&apos;.</source>
        <translation>“%1”已经连接到“%2”。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/editor.py" line="197"/>
        <source>&apos;%1&apos; is an %2 layer: it receives the data set, not another layer&apos;s output.</source>
        <translation>“%1”是 %2 层：它接收数据集，而不是其他层的输出。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/editor.py" line="200"/>
        <source>Connecting &apos;%1&apos; to &apos;%2&apos; would make a loop (&apos;%2&apos; already leads to &apos;%1&apos;). Data must flow one way, from the input to the output.</source>
        <translation>把“%1”连接到“%2”会形成环路（“%2”已经通向“%1”）。数据必须单向流动：从输入到输出。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/editor.py" line="207"/>
        <source>&apos;%1&apos; (%2) takes one input and already gets one from &apos;%3&apos;. Delete that connection first, or combine both with an Add or Concat layer.</source>
        <translation>“%1”（%2）只接受一个输入，并且已经从“%3”得到输入。请先删除那条连接，或用 Add 或 Concat 层合并两个输入。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/editor.py" line="265"/>
        <source>Paste 1 layer</source>
        <translation>粘贴 1 个层</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/editor.py" line="266"/>
        <source>Paste %1 layers</source>
        <translation>粘贴 %1 个层</translation>
    </message>
</context>
<context>
    <name>GraphScene</name>
    <message>
        <location filename="../../netstudio/gui/canvas/scene.py" line="296"/>
        <source>Unknown layer type.</source>
        <translation>未知的层类型。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/scene.py" line="303"/>
        <source>Output: %1 · %2 parameters</source>
        <translation>输出：%1 · %2 个参数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/scene.py" line="305"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/scene.py" line="306"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/scene.py" line="308"/>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/scene.py" line="311"/>
        <source>&lt;b&gt;Fix:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;修改方法：&lt;/b&gt;%1</translation>
    </message>
</context>
<context>
    <name>HistogramView</name>
    <message>
        <location filename="../../netstudio/gui/inspect/histograms.py" line="40"/>
        <source>{0}: activations</source>
        <translation>{0}：激活值</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/histograms.py" line="42"/>
        <source>{0} dead</source>
        <translation>{0} 死亡</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/histograms.py" line="50"/>
        <source>{0}: weight gradients</source>
        <translation>{0}：权重梯度</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/histograms.py" line="55"/>
        <source>{0}: gradients show while it trains</source>
        <translation>{0}：训练时显示梯度</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/histograms.py" line="58"/>
        <source>{0}: no weights</source>
        <translation>{0}：无权重</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/histograms.py" line="67"/>
        <source>How the values inside the network are spread while it learns. A ReLU unit is &apos;dead&apos; when it outputs 0 for every image in the batch: it no longer learns.</source>
        <translation>网络学习时内部数值的分布。如果一个 ReLU 单元对批次中每张图像都输出 0，它就“死亡”了：不再学习（死亡 ReLU）。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="36"/>
        <source>Import a Network</source>
        <translation>导入网络</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="40"/>
        <source>Bring in a network someone already built. Its layers become netstudio layers; the weights come along.</source>
        <translation>导入别人已经构建好的网络。它的层会变成 netstudio 的层，权重也会一起带来。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="46"/>
        <source>A &amp;torchvision architecture</source>
        <translation>torchvision 架构(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="47"/>
        <source>A class in a &amp;Python file</source>
        <translation>Python 文件中的类(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="48"/>
        <source>An &amp;ONNX file</source>
        <translation>ONNX 文件(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="53"/>
        <source>Python files (*.py)</source>
        <translation>Python 文件 (*.py)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="55"/>
        <source>ONNX models (*.onnx)</source>
        <translation>ONNX 模型 (*.onnx)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="61"/>
        <source>Class:</source>
        <translation>类：</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="64"/>
        <source>e.g. 3,224,224 (empty: the source&apos;s own)</source>
        <translation>例如 3,224,224（留空：使用来源自带的形状）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="65"/>
        <source>Input shape:</source>
        <translation>输入形状：</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="66"/>
        <source>PyTorch weights (*.pt *.pth)</source>
        <translation>PyTorch 权重 (*.pt *.pth)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="67"/>
        <source>optional: a state_dict to start from</source>
        <translation>可选：作为起点的 state_dict</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="68"/>
        <source>Weights:</source>
        <translation>权重：</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="70"/>
        <source>netstudio projects (*.nsproj.json *.json)</source>
        <translation>netstudio 项目 (*.nsproj.json *.json)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="71"/>
        <source>Save as:</source>
        <translation>另存为：</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="79"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="99"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="106"/>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="109"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="152"/>
        <source>Input shape</source>
        <translation>输入形状</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/dialog.py" line="156"/>
        <source>Choose where to save the project.</source>
        <translation>请选择项目的保存位置。</translation>
    </message>
</context>
<context>
    <name>ImportOps</name>
    <message>
        <location filename="../../netstudio/gui/importing/ops.py" line="40"/>
        <source>An import is already running.</source>
        <translation>已有一个导入正在进行。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/ops.py" line="65"/>
        <source>Importing {0}…</source>
        <translation>正在导入 {0}…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/ops.py" line="78"/>
        <source>Imported to {0}; open it from File &gt; Open.</source>
        <translation>已导入到 {0}；请通过“文件 &gt; 打开”打开它。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/ops.py" line="85"/>
        <source>Imported {0}: {1} layers, {2} parameters.</source>
        <translation>已导入 {0}：{1} 层，{2} 个参数。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/ops.py" line="88"/>
        <source>{0} opaque node(s) without a layer of their own.</source>
        <translation>{0} 个不透明节点没有对应的层。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/ops.py" line="96"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/ops.py" line="101"/>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/ops.py" line="116"/>
        <source>Run this Python file?</source>
        <translation>运行这个 Python 文件？</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/ops.py" line="117"/>
        <source>Importing from {0} runs the Python code in it on this computer, with your permissions. Only import code you trust.

Run it and import?</source>
        <translation>从 {0} 导入会以你的权限在这台电脑上运行其中的 Python 代码。只导入你信任的代码。

运行并导入？</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/ops.py" line="147"/>
        <source>This project runs no code that needs your permission.</source>
        <translation>这个项目没有需要你许可才能运行的代码。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/ops.py" line="153"/>
        <source>Allow code?</source>
        <translation>允许运行代码？</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/ops.py" line="154"/>
        <source>Some layers of this project run Python code from:

{0}

netstudio runs it when the network is built (training, export, feature maps). Only allow code you trust. Allow it for this session?</source>
        <translation>这个项目的一些层会运行来自以下文件的 Python 代码：

{0}

netstudio 会在构建网络时（训练、导出、特征图）运行它。只允许你信任的代码。在本次会话中允许吗？</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/ops.py" line="163"/>
        <source>Allowed code from {0}.</source>
        <translation>已允许运行来自 {0} 的代码。</translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <location filename="../../netstudio/gui/importing/worker.py" line="57"/>
        <source>Cannot write {0} ({1}).</source>
        <translation>无法写入 {0}（{1}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/importing/worker.py" line="60"/>
        <source>Internal error while importing {0} ({1}: {2}). Please report it.</source>
        <translation>导入 {0} 时发生内部错误（{1}：{2}）。请报告此问题。</translation>
    </message>
</context>
<context>
    <name>InspectorHub</name>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="34"/>
        <source>Feature maps</source>
        <translation>特征图</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="35"/>
        <source>Filters</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="36"/>
        <source>Histograms</source>
        <translation>直方图</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="37"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="38"/>
        <source>Draw</source>
        <translation>手写</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="73"/>
        <source>Confusion matrix and mistakes</source>
        <translation>混淆矩阵与误分类样本</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="74"/>
        <source>Per class</source>
        <translation>各类别</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="75"/>
        <source>Reconstruction</source>
        <translation>重建</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="256"/>
        <source>test image #{0} (a {1})</source>
        <translation>测试图像 #{0}（类别 {1}）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="268"/>
        <source>your drawing</source>
        <translation>你写的数字</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="293"/>
        <source>The test images could not be loaded: {0}</source>
        <translation>无法加载测试图像：{0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="330"/>
        <source>The network cannot run yet ({0}). Fix the problems first.</source>
        <translation>网络还无法运行（{0}）。请先修正问题。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="348"/>
        <source>Input: {0}; the trained network of run &apos;{1}&apos;.</source>
        <translation>输入：{0}；运行“{1}”训练好的网络。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="351"/>
        <source>Input: {0}; weights after step {1}.</source>
        <translation>输入：{0}；第 {1} 步后的权重。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="353"/>
        <source>Input: {0}; untrained (random) weights: press Train.</source>
        <translation>输入：{0}；未训练（随机）权重：请点“训练”。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="365"/>
        <source>&apos;{0}&apos; is not part of the network&apos;s path from input to output.</source>
        <translation>“{0}”不在网络从输入到输出的路径上。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="371"/>
        <source>&apos;{0}&apos; is not a convolution: select a Conv2d node to see its filters.</source>
        <translation>“{0}”不是卷积层：选中一个 Conv2d 节点查看它的卷积核。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="380"/>
        <source>This network has no layer whose output is an image (channels x height x width), so it has no feature maps: &apos;{0}&apos; gives {1} per sample. Feature maps come from convolution layers and the activation and pooling layers after them, as in the MNIST CNN sample.</source>
        <translation>这个网络没有输出为图像（通道 x 高 x 宽）的层，因此没有特征图：“{0}”对每个样本输出 {1}。特征图来自卷积层以及其后的激活层和池化层，例如 MNIST CNN 示例。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="399"/>
        <source>This network is an autoencoder: it rebuilds images
and guesses no class. See Results &gt; Reconstruction.</source>
        <translation>这是一个自编码器：它重建图像，
不预测类别。请看“结果 &gt; 重建”。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="403"/>
        <source>No trained network yet: press Train first.</source>
        <translation>还没有训练好的网络：请先点“训练”。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/inspector_hub.py" line="418"/>
        <source>Input: {0}; live, step {1}.</source>
        <translation>输入：{0}；实时，第 {1} 步。</translation>
    </message>
</context>
<context>
    <name>LayerAdder</name>
    <message>
        <location filename="../../netstudio/gui/canvas/adding.py" line="46"/>
        <source>%1 takes no input, so it cannot go into a connection.</source>
        <translation>%1 不接受输入，因此不能插入到连接中。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/adding.py" line="63"/>
        <source>Add after &apos;%1&apos;:</source>
        <translation>添加到“%1”之后：</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/adding.py" line="67"/>
        <source>Insert between &apos;%1&apos; and &apos;%2&apos;:</source>
        <translation>插入到“%1”和“%2”之间：</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/adding.py" line="72"/>
        <source>Add a layer here:</source>
        <translation>在此添加层：</translation>
    </message>
</context>
<context>
    <name>LayerDocs</name>
    <message>
        <location filename="../../netstudio/gui/panels/layer_docs.py" line="21"/>
        <source>Unknown layer type: netstudio cannot build it.</source>
        <translation>未知的层类型：netstudio 无法构建它。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/layer_docs.py" line="31"/>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/layer_docs.py" line="32"/>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/layer_docs.py" line="33"/>
        <source>What it is</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/layer_docs.py" line="38"/>
        <source>auto (from the incoming shape)</source>
        <translation>自动（由输入形状推断）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/layer_docs.py" line="40"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/layer_docs.py" line="53"/>
        <source>PyTorch reference: %1</source>
        <translation>PyTorch 文档：%1</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/layer_docs.py" line="59"/>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
</context>
<context>
    <name>LivePlots</name>
    <message>
        <location filename="../../netstudio/gui/training/plots.py" line="25"/>
        <source>batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/plots.py" line="27"/>
        <source>smoothed</source>
        <translation>平滑</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/plots.py" line="30"/>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/plots.py" line="80"/>
        <source>Faint: each batch report · bold: smoothed · dots: validation per epoch · dashed: the other selected runs (named in the legend)</source>
        <translation>浅色：每次批次报告 · 粗线：平滑曲线 · 圆点：每轮的验证结果 · 虚线：其他选中的运行（图例中注明名称）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/plots.py" line="147"/>
        <source>shown run</source>
        <translation>显示的运行</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/plots.py" line="63"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/plots.py" line="64"/>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/plots.py" line="68"/>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../netstudio/gui/main_window.py" line="71"/>
        <source>Drag layers here from the palette on the left.</source>
        <translation>从左侧的层列表把层拖到这里。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/main_window.py" line="82"/>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/main_window.py" line="84"/>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/main_window.py" line="86"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/main_window.py" line="88"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/main_window.py" line="133"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/main_window.py" line="197"/>
        <source>Shape check failed: %1</source>
        <translation>形状检查失败：%1</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/main_window.py" line="222"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/main_window.py" line="284"/>
        <source>Training panels unavailable: %1</source>
        <translation>训练面板不可用：%1</translation>
    </message>
</context>
<context>
    <name>MinimapWidget</name>
    <message>
        <location filename="../../netstudio/gui/canvas/minimap.py" line="28"/>
        <source>Overview: click or drag to move the view</source>
        <translation>概览：单击或拖动以移动视图</translation>
    </message>
</context>
<context>
    <name>MisclassifiedGallery</name>
    <message>
        <location filename="../../netstudio/gui/inspect/misclassified.py" line="25"/>
        <location filename="../../netstudio/gui/inspect/misclassified.py" line="51"/>
        <source>The test images the network got wrong, most confident first.</source>
        <translation>网络分错的测试图像，最有把握的错误排在前面。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/misclassified.py" line="43"/>
        <source>{0} test images were misclassified, most confident mistakes first.</source>
        <translation>{0} 张测试图像被误分类，最有把握的错误排在前面。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/misclassified.py" line="59"/>
        <source>Correct predictions of {0} are not listed here; this gallery shows mistakes only.</source>
        <translation>这里不列出 {0} 的正确预测；此处只显示误分类样本。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/misclassified.py" line="62"/>
        <source>{0} images of {1} that the network took for {2}.</source>
        <translation>{0} 张 {1} 的图像被网络当成了 {2}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/misclassified.py" line="67"/>
        <source>{0} misclassified test images.</source>
        <translation>{0} 张误分类的测试图像。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/misclassified.py" line="80"/>
        <source> Showing the first {0}.</source>
        <translation>显示前 {0} 张。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/misclassified.py" line="86"/>
        <source>said {0} ({1})
is {2}</source>
        <translation>预测 {0}（{1}）
实际 {2}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/misclassified.py" line="91"/>
        <source>test image #{0}</source>
        <translation>测试图像 #{0}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../netstudio/gui/canvas/navigation.py" line="26"/>
        <source>&amp;Find Layer…</source>
        <translation>查找层(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/navigation.py" line="27"/>
        <source>Zoom to &amp;Selection</source>
        <translation>缩放到所选(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/navigation.py" line="29"/>
        <source>&amp;Overview Map</source>
        <translation>概览图(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/navigation.py" line="36"/>
        <source>Layout &amp;Top to Bottom</source>
        <translation>从上到下布局(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/navigation.py" line="38"/>
        <source>Layout Left to &amp;Right</source>
        <translation>从左到右布局(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/navigation.py" line="76"/>
        <source>Select layers first, then zoom to them.</source>
        <translation>请先选择层，再缩放到它们。</translation>
    </message>
</context>
<context>
    <name>PaletteWidget</name>
    <message>
        <location filename="../../netstudio/gui/panels/palette.py" line="119"/>
        <source>Search layers…</source>
        <translation>搜索层…</translation>
    </message>
</context>
<context>
    <name>ParamField</name>
    <message>
        <location filename="../../netstudio/gui/panels/param_fields.py" line="50"/>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/param_fields.py" line="50"/>
        <source>none</source>
        <translation>不设置</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/param_fields.py" line="52"/>
        <source>Follow the incoming shape (recommended).</source>
        <translation>跟随输入的形状（推荐）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/param_fields.py" line="53"/>
        <source>Leave this unset.</source>
        <translation>不设置此项。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/param_fields.py" line="142"/>
        <source>Must be %1.</source>
        <translation>必须是%1。</translation>
    </message>
</context>
<context>
    <name>PerClassTable</name>
    <message>
        <location filename="../../netstudio/gui/inspect/per_class.py" line="8"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/per_class.py" line="9"/>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/per_class.py" line="10"/>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/per_class.py" line="11"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/per_class.py" line="12"/>
        <source>Test images</source>
        <translation>测试图像数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/per_class.py" line="13"/>
        <source>Of the images the network called this class, the share that really were.</source>
        <translation>被网络判为该类别的图像中，真正属于该类别的比例。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/per_class.py" line="15"/>
        <source>Of the images of this class, the share the network found.</source>
        <translation>该类别的图像中，被网络正确找出的比例。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/per_class.py" line="17"/>
        <source>The balance of precision and recall (their harmonic mean).</source>
        <translation>精确率与召回率的平衡（两者的调和平均）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/per_class.py" line="52"/>
        <source>macro average</source>
        <translation>宏平均</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="43"/>
        <location filename="../../netstudio/gui/panels/properties.py" line="63"/>
        <source>Select a layer on the canvas to see and edit its settings.</source>
        <translation>在画布上选择一个层，即可查看和编辑它的设置。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="62"/>
        <source>1 layer selected.</source>
        <translation>已选择 1 个层。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="62"/>
        <source>%1 layers selected.</source>
        <translation>已选择 %1 个层。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="89"/>
        <source>Unknown layer type: netstudio cannot build it.</source>
        <translation>未知的层类型：netstudio 无法构建它。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="105"/>
        <source>Id</source>
        <translation>标识</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="108"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="110"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="112"/>
        <source>FLOPs</source>
        <translation>浮点运算</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="146"/>
        <source>Fix: %1</source>
        <translation>修改方法：%1</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="154"/>
        <source>%1 per sample</source>
        <translation>每个样本 %1</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="157"/>
        <source>unknown (fix the problem first)</source>
        <translation>未知（请先修正问题）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="166"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="166"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="167"/>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="170"/>
        <source>&lt;b&gt;Fix:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;修改方法：&lt;/b&gt;%1</translation>
    </message>
</context>
<context>
    <name>QuickAdd</name>
    <message>
        <location filename="../../netstudio/gui/canvas/quick_add.py" line="31"/>
        <source>Layer name, e.g. conv, relu, pool, fc…</source>
        <translation>层名称，例如 conv、relu、pool、fc…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/quick_add.py" line="87"/>
        <source>No layer matches “%1”.</source>
        <translation>没有与“%1”匹配的层。</translation>
    </message>
</context>
<context>
    <name>ReconstructionView</name>
    <message>
        <location filename="../../netstudio/gui/inspect/reconstruction.py" line="31"/>
        <source>For autoencoders: each test image (left) and what the network rebuilt from it (right).</source>
        <translation>用于自编码器：每张测试图像（左）和网络由它重建的图像（右）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/reconstruction.py" line="52"/>
        <source>{0} test images (left) and their reconstructions (right). Mean error on the test set: {1}.</source>
        <translation>{0} 张测试图像（左）及其重建（右）。测试集上的平均误差：{1}。</translation>
    </message>
</context>
<context>
    <name>RunActions</name>
    <message>
        <location filename="../../netstudio/gui/training/run_actions.py" line="47"/>
        <source>Run &apos;{0}&apos; cannot be shown: {1}</source>
        <translation>无法显示运行“{0}”：{1}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_actions.py" line="67"/>
        <source>Run &apos;{0}&apos; cannot be shown: its weights do not fit its network.</source>
        <translation>无法显示运行“{0}”：它的权重与它的网络不匹配。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_actions.py" line="70"/>
        <source>Showing the trained network of run &apos;{0}&apos;.</source>
        <translation>正在显示运行“{0}”训练好的网络。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_actions.py" line="95"/>
        <source>Continue training</source>
        <translation>继续训练</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_actions.py" line="96"/>
        <source>Train run &apos;{0}&apos; ({1} epoch(s) so far) for how many more epochs?</source>
        <translation>运行“{0}”（目前已训练 {1} 轮）还要再训练多少轮？</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_actions.py" line="135"/>
        <source>Open the network of run &apos;{0}&apos;</source>
        <translation>打开运行“{0}”的网络</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_actions.py" line="181"/>
        <source>Rename run</source>
        <translation>重命名运行</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_actions.py" line="182"/>
        <source>Name of run {0}:</source>
        <translation>运行 {0} 的名称：</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_actions.py" line="202"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_actions.py" line="202"/>
        <source>Notes on run &apos;{0}&apos;:</source>
        <translation>运行“{0}”的备注：</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_actions.py" line="212"/>
        <source>Run &apos;{0}&apos; could not be changed: {1}</source>
        <translation>无法修改运行“{0}”：{1}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_actions.py" line="231"/>
        <source>Delete runs</source>
        <translation>删除运行</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_actions.py" line="232"/>
        <source>Delete {0} run(s) ({1})? They are moved to {2}, from where they can still be recovered by hand.</source>
        <translation>删除 {0} 个运行（{1}）？它们会被移到 {2}，之后仍可手动找回。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_actions.py" line="242"/>
        <source>Run &apos;{0}&apos; could not be deleted: {1}</source>
        <translation>无法删除运行“{0}”：{1}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_actions.py" line="244"/>
        <source>{0} run(s) moved to the trash.</source>
        <translation>已将 {0} 个运行移到回收站。</translation>
    </message>
</context>
<context>
    <name>RunDiffDialog</name>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="88"/>
        <source>Compare runs</source>
        <translation>比较运行</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="95"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="95"/>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="95"/>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="106"/>
        <source>Outlines: green added, red removed, amber changed.</source>
        <translation>轮廓：绿色为新增，红色为删除，琥珀色为修改。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="121"/>
        <source>run &apos;{0}&apos;</source>
        <translation>运行“{0}”</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="122"/>
        <source>the canvas</source>
        <translation>画布</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="131"/>
        <source>Before: run &apos;{0}&apos;</source>
        <translation>之前：运行“{0}”</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="133"/>
        <source>After: {0}</source>
        <translation>之后：{0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="142"/>
        <source>Run &apos;{0}&apos; and {1} have the same network and settings.</source>
        <translation>运行“{0}”与{1}的网络和设置相同。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="144"/>
        <source>From run &apos;{0}&apos; to {1}: {2} layer(s) added, {3} removed, {4} changed; {5} connection(s) added, {6} removed; {7} setting(s) changed.</source>
        <translation>从运行“{0}”到{1}：新增 {2} 层，删除 {3} 层，修改 {4} 层；新增 {5} 个连接，删除 {6} 个；修改 {7} 项设置。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="161"/>
        <source>Layers added</source>
        <translation>新增的层</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="162"/>
        <source>Layers removed</source>
        <translation>删除的层</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="169"/>
        <source>Layers changed</source>
        <translation>修改的层</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="170"/>
        <source>Connections added</source>
        <translation>新增的连接</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="171"/>
        <source>Connections removed</source>
        <translation>删除的连接</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="172"/>
        <source>Settings changed</source>
        <translation>修改的设置</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="175"/>
        <source>No differences</source>
        <translation>没有差异</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="183"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="184"/>
        <source>test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="185"/>
        <source>test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="186"/>
        <source>parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="187"/>
        <source>epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_diff.py" line="211"/>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
</context>
<context>
    <name>RunStores</name>
    <message>
        <location filename="../../netstudio/gui/training/run_stores.py" line="120"/>
        <source>The runs stay with {0}; {1} starts a store of its own.</source>
        <translation>这些运行留在 {0} 旁边；{1} 将有自己的运行存储。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_stores.py" line="131"/>
        <source>The runs could not be moved next to the project ({0}); they stay in {1}.</source>
        <translation>无法把运行移到项目旁边（{0}）；它们留在 {1}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_stores.py" line="137"/>
        <source>{0} run(s) moved to {1}.</source>
        <translation>已将 {0} 个运行移到 {1}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_stores.py" line="201"/>
        <source>Recover training runs?</source>
        <translation>恢复训练运行？</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_stores.py" line="202"/>
        <source>netstudio did not close normally. {0} training run(s) of an untitled project, the last from {1}, were kept. Recover them?</source>
        <translation>netstudio 上次没有正常关闭。一个未命名项目的 {0} 个训练运行已被保留（最近一个在 {1}）。要恢复它们吗？</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_stores.py" line="205"/>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_stores.py" line="206"/>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/run_stores.py" line="207"/>
        <source>Later</source>
        <translation>以后再说</translation>
    </message>
</context>
<context>
    <name>RunsPanel</name>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="45"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="46"/>
        <source>starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="47"/>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="48"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="49"/>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="50"/>
        <source>diverged</source>
        <translation>已发散</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="51"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="54"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="55"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="56"/>
        <source>Test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="58"/>
        <source>Params</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="60"/>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="61"/>
        <source>LR</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="62"/>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="63"/>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="64"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="85"/>
        <source>new run</source>
        <translation>新运行</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="237"/>
        <source>continues run {0}</source>
        <translation>继续自运行 {0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="294"/>
        <source>Filter runs (name, status, optimizer, ...)</source>
        <translation>筛选运行（名称、状态、优化器……）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="297"/>
        <source>Select a run to load its trained network into every view; select several (Ctrl+click) to overlay their curves.</source>
        <translation>选择一个运行，把它训练好的网络载入所有视图；选择多个（Ctrl+单击）可叠加它们的曲线。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="304"/>
        <source>Continue...</source>
        <translation>继续训练...</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="305"/>
        <source>Train this run for more epochs, from its checkpoint, as a new run</source>
        <translation>从检查点出发，把这个运行再训练若干轮，作为一个新运行</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="307"/>
        <source>Open network</source>
        <translation>打开网络</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="308"/>
        <source>Put this run&apos;s network and settings on the canvas (one undoable step)</source>
        <translation>把这个运行的网络和设置放到画布上（可一步撤销）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="310"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="311"/>
        <source>What differs: this run against the canvas, or two selected runs against each other</source>
        <translation>有何不同：这个运行与画布比较，或两个选中的运行相互比较</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="313"/>
        <source>Rename...</source>
        <translation>重命名...</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="314"/>
        <source>Notes...</source>
        <translation>备注...</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="315"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="393"/>
        <source>Notes: {0}</source>
        <translation>备注：{0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="57"/>
        <source>Test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="59"/>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/runs.py" line="214"/>
        <source>{0} s</source>
        <translation>{0} 秒</translation>
    </message>
</context>
<context>
    <name>SampleStrip</name>
    <message>
        <location filename="../../netstudio/gui/inspect/sample_strip.py" line="38"/>
        <source>test image: {0}</source>
        <translation>测试图像：{0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/inspect/sample_strip.py" line="39"/>
        <source>test image {0}</source>
        <translation>测试图像 {0}</translation>
    </message>
</context>
<context>
    <name>SettingsCommand</name>
    <message>
        <location filename="../../netstudio/gui/training/dashboard.py" line="45"/>
        <source>training settings</source>
        <translation>训练设置</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/dashboard.py" line="47"/>
        <source>Change {0}</source>
        <translation>修改 {0}</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="31"/>
        <source>GPU found: {0}</source>
        <translation>找到 GPU：{0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="33"/>
        <source>No GPU found: training runs on the CPU.</source>
        <translation>未找到 GPU：训练将在 CPU 上运行。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="53"/>
        <source>{0} (download)</source>
        <translation>{0}（需下载）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="57"/>
        <source>Classification (labels)</source>
        <translation>分类（标签）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="58"/>
        <source>Reconstruction (autoencoder)</source>
        <translation>重建（自编码器）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="70"/>
        <source>constant</source>
        <translation>恒定</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="76"/>
        <source>shift ±10%, rotate ±10°</source>
        <translation>平移 ±10%，旋转 ±10°</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="79"/>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="82"/>
        <source>Dropout is a layer: add a Dropout node to the graph.</source>
        <translation>Dropout 是一个层：请在图中添加 Dropout 节点。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="86"/>
        <source>How many times the network sees the whole training set.</source>
        <translation>网络完整遍历训练集的次数。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="87"/>
        <source>Images per update step. Larger: faster but coarser steps.</source>
        <translation>每次参数更新使用的图像数。越大越快，但每步更粗糙。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="89"/>
        <source>How big each update step is. Too large and the loss explodes.</source>
        <translation>每次更新的步长。太大会导致损失爆炸。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="90"/>
        <source>SGD and RMSprop only: keep some of the previous step&apos;s direction.</source>
        <translation>仅用于 SGD 和 RMSprop：保留上一步的部分方向。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="92"/>
        <source>L2 regularization: pulls weights towards 0 to reduce overfitting.</source>
        <translation>L2 正则化：把权重拉向 0，以减少过拟合。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="94"/>
        <source>L1 penalty: adds this factor x the sum of |weights| to the loss.</source>
        <translation>L1 惩罚：把 该系数 x |权重| 之和 加到损失上。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="95"/>
        <source>Randomly shift and rotate training images so the network generalizes better.</source>
        <translation>随机平移和旋转训练图像，让网络泛化得更好。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="100"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="100"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="101"/>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="101"/>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="102"/>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="102"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="103"/>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="103"/>
        <source>LR schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="104"/>
        <source>Loss</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="104"/>
        <source>Weight decay (L2)</source>
        <translation>权重衰减（L2）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="105"/>
        <source>L1 penalty</source>
        <translation>L1 惩罚</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="105"/>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="106"/>
        <source>Augmentation</source>
        <translation>数据增强</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="106"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/settings_form.py" line="221"/>
        <source>{0} (from file)</source>
        <translation>{0}（来自文件）</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../netstudio/gui/shortcuts.py" line="58"/>
        <source>Canvas</source>
        <translation>画布</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/shortcuts.py" line="67"/>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/shortcuts.py" line="67"/>
        <source>Mouse wheel</source>
        <translation>鼠标滚轮</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/shortcuts.py" line="68"/>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/shortcuts.py" line="69"/>
        <source>Middle button drag, or Space + drag</source>
        <translation>按住中键拖动，或按住空格拖动</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/shortcuts.py" line="70"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/shortcuts.py" line="71"/>
        <source>Drag from a port to another layer</source>
        <translation>从端口拖到另一层</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/shortcuts.py" line="72"/>
        <source>Insert into a connection</source>
        <translation>插入到连接中</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/shortcuts.py" line="73"/>
        <source>Drop a layer from the palette on it</source>
        <translation>把层从面板拖放到连接上</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/shortcuts.py" line="74"/>
        <source>Select several</source>
        <translation>多选</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/shortcuts.py" line="75"/>
        <source>Drag on empty canvas, or Ctrl+click</source>
        <translation>在空白画布上拖动，或 Ctrl+单击</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/shortcuts.py" line="76"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/shortcuts.py" line="77"/>
        <source>Right-click a layer, a connection or the canvas</source>
        <translation>右键单击层、连接或画布</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/shortcuts.py" line="94"/>
        <source>Mouse</source>
        <translation>鼠标</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/shortcuts.py" line="103"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../netstudio/gui/panels/summary.py" line="39"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/summary.py" line="39"/>
        <source>FLOPs per sample</source>
        <translation>每个样本的浮点运算</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/summary.py" line="40"/>
        <source>Model size</source>
        <translation>模型大小</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/summary.py" line="40"/>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/summary.py" line="41"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/summary.py" line="41"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/summary.py" line="55"/>
        <source>%1 (float32 weights)</source>
        <translation>%1（float32 权重）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/summary.py" line="64"/>
        <source>1 error</source>
        <translation>1 个错误</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/summary.py" line="64"/>
        <source>%1 errors</source>
        <translation>%1 个错误</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/summary.py" line="66"/>
        <location filename="../../netstudio/gui/panels/summary.py" line="69"/>
        <source>1 warning</source>
        <translation>1 个警告</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/summary.py" line="66"/>
        <location filename="../../netstudio/gui/panels/summary.py" line="69"/>
        <source>%1 warnings</source>
        <translation>%1 个警告</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/summary.py" line="71"/>
        <source>Ready to train</source>
        <translation>可以训练</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <location filename="../../netstudio/gui/panels/param_fields.py" line="256"/>
        <source>e.g. 3 or 3, 5</source>
        <translation>例如 3 或 3, 5</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/param_fields.py" line="258"/>
        <source>e.g. 1, 28, 28</source>
        <translation>例如 1, 28, 28</translation>
    </message>
</context>
<context>
    <name>TrainingDashboard</name>
    <message>
        <location filename="../../netstudio/gui/training/dashboard.py" line="180"/>
        <location filename="../../netstudio/gui/training/dashboard.py" line="301"/>
        <source>graph</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/dashboard.py" line="182"/>
        <location filename="../../netstudio/gui/training/dashboard.py" line="187"/>
        <source>The network has errors; fix them before training (see Problems).</source>
        <translation>网络有错误；请先修正再训练（见“问题”面板）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/dashboard.py" line="262"/>
        <source>Training on {0}: {1} training images, {2} epoch(s).</source>
        <translation>在 {0} 上训练：{1} 张训练图像，{2} 轮。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/dashboard.py" line="148"/>
        <location filename="../../netstudio/gui/training/dashboard.py" line="304"/>
        <source>Training could not start: {0}</source>
        <translation>无法开始训练：{0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/dashboard.py" line="229"/>
        <source>{0} run folder(s) could not be read and were skipped:</source>
        <translation>{0} 个运行文件夹无法读取，已跳过：</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/dashboard.py" line="345"/>
        <source>&lt;b&gt;Training diverged.&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;训练发散。&lt;/b&gt;{0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/dashboard.py" line="348"/>
        <source>&lt;b&gt;Training failed.&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;训练失败。&lt;/b&gt;{0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/dashboard.py" line="353"/>
        <source>test accuracy &lt;b&gt;{0}&lt;/b&gt; (loss {1})</source>
        <translation>测试准确率 &lt;b&gt;{0}&lt;/b&gt;（损失 {1}）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/dashboard.py" line="357"/>
        <source>test loss &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>测试损失 &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/dashboard.py" line="360"/>
        <source>no test set</source>
        <translation>没有测试集</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/dashboard.py" line="364"/>
        <source>Stopped in epoch {0} after {1} of {2} batches ({3}).</source>
        <translation>在第 {0} 轮训练了 {2} 个批次中的 {1} 个后停止（用时 {3}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/dashboard.py" line="369"/>
        <source>Stopped after {0} epoch(s) ({1}).</source>
        <translation>训练 {0} 轮后停止（用时 {1}）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/dashboard.py" line="372"/>
        <source> A stopped run is not tested; the network keeps what it learned so far (Draw, Feature maps, Export weights).</source>
        <translation>停止的训练不会进行测试；网络保留到目前为止学到的内容（可用于手写、特征图、导出权重）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/dashboard.py" line="376"/>
        <source>Stopped after {0} epoch(s): {1}, {2}.</source>
        <translation>训练 {0} 轮后停止：{1}，用时 {2}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/dashboard.py" line="381"/>
        <source>{0} {1}, {2}.</source>
        <translation>{0} {1}，用时 {2}。</translation>
    </message>
</context>
<context>
    <name>TrainingInstall</name>
    <message>
        <location filename="../../netstudio/gui/training/install.py" line="32"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/install.py" line="35"/>
        <source>Dashboard</source>
        <translation>训练曲线</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/install.py" line="39"/>
        <source>Inspect</source>
        <translation>观察网络</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/install.py" line="185"/>
        <source>Saved the trained weights to {0}.</source>
        <translation>已将训练好的权重保存到 {0}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/install.py" line="190"/>
        <source>Could not write {0}: {1}.</source>
        <translation>无法写入 {0}：{1}。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/install.py" line="206"/>
        <source>Could not export the code: {0}</source>
        <translation>无法导出代码：{0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/install.py" line="210"/>
        <source>Saved the PyTorch code to {0} (train to export weights with it).</source>
        <translation>已将 PyTorch 代码保存到 {0}（训练后可连同权重一起导出）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/install.py" line="217"/>
        <source>Saved the code to {0}, but not the weights: {1}</source>
        <translation>已将代码保存到 {0}，但权重未保存：{1}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/install.py" line="219"/>
        <source>Saved the PyTorch code to {0} and its trained weights to {1}.</source>
        <translation>已将 PyTorch 代码保存到 {0}，训练好的权重保存到 {1}。</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../../netstudio/gui/training/panel.py" line="46"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/panel.py" line="48"/>
        <source>Train the network on the dataset with these settings.</source>
        <translation>用这些设置在数据集上训练网络。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/panel.py" line="49"/>
        <location filename="../../netstudio/gui/training/panel.py" line="92"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/panel.py" line="50"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/panel.py" line="51"/>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/panel.py" line="52"/>
        <source>Train exactly one batch, then update every view.</source>
        <translation>只训练一个批次，然后更新所有视图。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/panel.py" line="62"/>
        <location filename="../../netstudio/gui/training/panel.py" line="103"/>
        <location filename="../../netstudio/gui/training/panel.py" line="137"/>
        <source>Ready to train.</source>
        <translation>准备就绪，可以训练。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/panel.py" line="92"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/panel.py" line="97"/>
        <source>Loading the data and building the network...</source>
        <translation>正在加载数据并构建网络…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/panel.py" line="99"/>
        <source>starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/panel.py" line="101"/>
        <location filename="../../netstudio/gui/training/panel.py" line="102"/>
        <source>Stopping after this batch...</source>
        <translation>本批次结束后停止…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/panel.py" line="105"/>
        <location filename="../../netstudio/gui/training/panel.py" line="125"/>
        <source> (paused)</source>
        <translation>（已暂停）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/panel.py" line="120"/>
        <source>epoch {0}/{1}  {2}</source>
        <translation>第 {0}/{1} 轮  {2}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/panel.py" line="121"/>
        <source>Epoch {0}/{1}, batch {2}/{3} · {4} samples/s · ETA {5}</source>
        <translation>第 {0}/{1} 轮，批次 {2}/{3} · {4} 样本/秒 · 剩余 {5}</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <location filename="../../netstudio/gui/training/worker.py" line="188"/>
        <source>The run could not be saved: {0}</source>
        <translation>无法保存这个运行：{0}</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/worker.py" line="307"/>
        <source>Could not start training: {0}</source>
        <translation>无法开始训练：{0}</translation>
    </message>
</context>
<context>
    <name>_CloseGuard</name>
    <message>
        <location filename="../../netstudio/gui/training/install.py" line="256"/>
        <source>A training run is still going. Stop it and close?</source>
        <translation>训练仍在进行。要停止训练并关闭吗？</translation>
    </message>
</context>
<context>
    <name>_TrainActions</name>
    <message>
        <location filename="../../netstudio/gui/training/install.py" line="92"/>
        <location filename="../../netstudio/gui/training/install.py" line="100"/>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/install.py" line="93"/>
        <source>&amp;Pause / Resume</source>
        <translation>暂停/继续(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/install.py" line="94"/>
        <source>S&amp;tep one batch</source>
        <translation>单步训练一个批次(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/install.py" line="95"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/install.py" line="96"/>
        <source>Export &amp;weights...</source>
        <translation>导出权重(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/install.py" line="98"/>
        <source>Export PyTorch &amp;code...</source>
        <translation>导出 PyTorch 代码(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/install.py" line="156"/>
        <source>No trained weights yet: press Train first.</source>
        <translation>还没有训练好的权重：请先点“训练”。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/install.py" line="158"/>
        <source>Export weights</source>
        <translation>导出权重</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/install.py" line="159"/>
        <source>PyTorch weights (*.pt)</source>
        <translation>PyTorch 权重 (*.pt)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/install.py" line="165"/>
        <source>Export PyTorch code</source>
        <translation>导出 PyTorch 代码</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/training/install.py" line="165"/>
        <source>Python (*.py)</source>
        <translation>Python (*.py)</translation>
    </message>
</context>
</TS>
