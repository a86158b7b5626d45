<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionSet</name>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="27" />
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="28" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="29" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="30" />
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="31" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="33" />
        <location filename="../../netstudio/gui/actions.py" line="171" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="34" />
        <location filename="../../netstudio/gui/actions.py" line="177" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="35" />
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="36" />
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="37" />
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="38" />
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="39" />
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="42" />
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="43" />
        <source>Auto &amp;Layout</source>
        <translation>自动布局(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="45" />
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="47" />
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="48" />
        <source>&amp;Fit to View</source>
        <translation>适合窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="50" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="51" />
        <source>&amp;About netstudio</source>
        <translation>关于 netstudio(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="79" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="81" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="83" />
        <source>Sa&amp;mples</source>
        <translation>示例(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="94" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="101" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="104" />
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="106" />
        <source>Follow &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="106" />
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="106" />
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="114" />
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="119" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="123" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="127" />
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="127" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="128" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="128" />
        <source>Auto Layout</source>
        <translation>自动布局</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="129" />
        <source>Fit to View</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="147" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="150" />
        <source>Clear List</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="171" />
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="173" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="177" />
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="179" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="274" />
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="274" />
        <source>Mouse wheel</source>
        <translation>鼠标滚轮</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="275" />
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="275" />
        <source>Middle button drag, or Space + drag</source>
        <translation>按住中键拖动，或按住空格拖动</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="276" />
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="276" />
        <source>Drag from a port to another layer</source>
        <translation>从端口拖到另一个层</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="277" />
        <source>Select several</source>
        <translation>多选</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="277" />
        <source>Drag on empty canvas, or Ctrl+click</source>
        <translation>在空白画布上拖框，或 Ctrl+单击</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="279" />
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="285" />
        <source>About netstudio</source>
        <translation>关于 netstudio</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/actions.py" line="286" />
        <source>&lt;b&gt;netstudio %1&lt;/b&gt;&lt;br&gt;Design, train and inspect neural networks visually.</source>
        <translation>&lt;b&gt;netstudio %1&lt;/b&gt;&lt;br&gt;以可视化方式设计、训练和检查神经网络。</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPanel</name>
    <message>
        <location filename="../../netstudio/gui/panels/diagnostics.py" line="42" />
        <source>Fix: %1</source>
        <translation>修改方法：%1</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/diagnostics.py" line="48" />
        <source>No problems found.</source>
        <translation>没有发现问题。</translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="33" />
        <location filename="../../netstudio/gui/file_ops.py" line="116" />
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="44" />
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="55" />
        <location filename="../../netstudio/gui/file_ops.py" line="89" />
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="61" />
        <source>Restored unsaved changes to %1.</source>
        <translation>已恢复 %1 未保存的更改。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="65" />
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="77" />
        <source>Cannot open sample</source>
        <translation>无法打开示例</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="90" />
        <source>%1: no such file. It was moved or deleted.</source>
        <translation>%1：文件不存在，可能已被移动或删除。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="105" />
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="121" />
        <source>Cannot save project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="122" />
        <source>%1: cannot be written (%2). Choose another folder.</source>
        <translation>%1：无法写入（%2）。请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="130" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="144" />
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="145" />
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>“%1”有尚未保存的更改。要保存吗？</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="174" />
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="181" />
        <source>Restore unsaved changes?</source>
        <translation>恢复未保存的更改？</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="182" />
        <source>netstudio did not close normally. An automatic backup from %1 has changes that were never saved. Restore them?</source>
        <translation>netstudio 上次没有正常关闭。%1 的自动备份中有尚未保存的更改。要恢复吗？</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/file_ops.py" line="193" />
        <source>Kept keys this version does not use: %1</source>
        <translation>保留了此版本不使用的键：%1</translation>
    </message>
</context>
<context>
    <name>GraphEditor</name>
    <message>
        <location filename="../../netstudio/gui/canvas/editor.py" line="48" />
        <source>The graph is locked while a training run is live. Stop it to edit.</source>
        <translation>训练进行中，网络图已锁定。停止训练后才能编辑。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/editor.py" line="81" />
        <source>Delete 1 item</source>
        <translation>删除 1 项</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/editor.py" line="81" />
        <source>Delete %1 items</source>
        <translation>删除 %1 项</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/editor.py" line="101" />
        <source>Auto layout</source>
        <translation>自动布局</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/editor.py" line="110" />
        <source>Both ends of a connection must be layers on the canvas.</source>
        <translation>连接的两端都必须是画布上的层。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/editor.py" line="112" />
        <source>'%1' cannot feed into itself.</source>
        <translation>“%1”不能连接到自身。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/editor.py" line="114" />
        <source>'%1' is already connected to '%2'.</source>
        <translation>“%1”已经连接到“%2”。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/editor.py" line="118" />
        <source>'%1' is an %2 layer: it receives the data set, not another layer's output.</source>
        <translation>“%1”是 %2 层：它接收数据集，而不是其他层的输出。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/editor.py" line="121" />
        <source>Connecting '%1' to '%2' would make a loop ('%2' already leads to '%1'). Data must flow one way, from the input to the output.</source>
        <translation>把“%1”连接到“%2”会形成环路（“%2”已经通向“%1”）。数据必须单向流动：从输入到输出。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/editor.py" line="128" />
        <source>'%1' (%2) takes one input and already gets one from '%3'. Delete that connection first, or combine both with an Add or Concat layer.</source>
        <translation>“%1”（%2）只接受一个输入，并且已经从“%3”得到输入。请先删除那条连接，或用 Add 或 Concat 层合并两个输入。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/editor.py" line="186" />
        <source>Paste 1 layer</source>
        <translation>粘贴 1 个层</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/editor.py" line="187" />
        <source>Paste %1 layers</source>
        <translation>粘贴 %1 个层</translation>
    </message>
</context>
<context>
    <name>GraphScene</name>
    <message>
        <location filename="../../netstudio/gui/canvas/scene.py" line="257" />
        <source>Unknown layer type.</source>
        <translation>未知的层类型。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/scene.py" line="264" />
        <source>Output: %1 · %2 parameters</source>
        <translation>输出：%1 · %2 个参数</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/scene.py" line="266" />
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/scene.py" line="267" />
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/scene.py" line="269" />
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/canvas/scene.py" line="272" />
        <source>&lt;b&gt;Fix:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;修改方法：&lt;/b&gt;%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../netstudio/gui/main_window.py" line="63" />
        <source>Drag layers here from the palette on the left.</source>
        <translation>从左侧的层列表把层拖到这里。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/main_window.py" line="73" />
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/main_window.py" line="75" />
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/main_window.py" line="77" />
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/main_window.py" line="79" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/main_window.py" line="116" />
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/main_window.py" line="175" />
        <source>Shape check failed: %1</source>
        <translation>形状检查失败：%1</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/main_window.py" line="207" />
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/main_window.py" line="263" />
        <source>Training panels unavailable: %1</source>
        <translation>训练面板不可用：%1</translation>
    </message>
</context>
<context>
    <name>PaletteWidget</name>
    <message>
        <location filename="../../netstudio/gui/panels/palette.py" line="112" />
        <source>Search layers…</source>
        <translation>搜索层…</translation>
    </message>
</context>
<context>
    <name>ParamField</name>
    <message>
        <location filename="../../netstudio/gui/panels/param_fields.py" line="48" />
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/param_fields.py" line="48" />
        <source>none</source>
        <translation>不设置</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/param_fields.py" line="50" />
        <source>Follow the incoming shape (recommended).</source>
        <translation>跟随输入的形状（推荐）。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/param_fields.py" line="51" />
        <source>Leave this unset.</source>
        <translation>不设置此项。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/param_fields.py" line="114" />
        <source>Must be %1.</source>
        <translation>必须是%1。</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="43" />
        <location filename="../../netstudio/gui/panels/properties.py" line="63" />
        <source>Select a layer on the canvas to see and edit its settings.</source>
        <translation>在画布上选择一个层，即可查看和编辑它的设置。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="62" />
        <source>1 layer selected.</source>
        <translation>已选择 1 个层。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="62" />
        <source>%1 layers selected.</source>
        <translation>已选择 %1 个层。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="89" />
        <source>Unknown layer type: netstudio cannot build it.</source>
        <translation>未知的层类型：netstudio 无法构建它。</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="105" />
        <source>Id</source>
        <translation>标识</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="108" />
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="110" />
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="112" />
        <source>FLOPs</source>
        <translation>浮点运算</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="146" />
        <source>Fix: %1</source>
        <translation>修改方法：%1</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="154" />
        <source>%1 per sample</source>
        <translation>每个样本 %1</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="157" />
        <source>unknown (fix the problem first)</source>
        <translation>未知（请先修正问题）</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="166" />
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="166" />
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="167" />
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/properties.py" line="170" />
        <source>&lt;b&gt;Fix:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;修改方法：&lt;/b&gt;%1</translation>
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
        <source>Ready to train</source>
        <translation>可以训练</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <location filename="../../netstudio/gui/panels/param_fields.py" line="222" />
        <source>e.g. 3 or 3, 5</source>
        <translation>例如 3 或 3, 5</translation>
    </message>
    <message>
        <location filename="../../netstudio/gui/panels/param_fields.py" line="224" />
        <source>e.g. 1, 28, 28</source>
        <translation>例如 1, 28, 28</translation>
    </message>
</context>
</TS>