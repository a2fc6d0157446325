<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>C₀ = (a(L) − y)²: the chain rule multiplies the derivatives along the arrows, from C₀ back to each weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons&apos; setup (≈ 93 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3b1b: 96 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big: 98 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackpropPanel</name>
    <message>
        <source>Next example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain another training example (the diagram keeps the one being explained until you ask).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini-batch: the average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A random mini-batch of {n} training examples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training example {i:,}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchPage</name>
    <message>
        <source>A training step does not follow one example. Every example of the mini-batch has its own wishes; gradient descent moves by their &lt;b&gt;average&lt;/b&gt; (last row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick another mini-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a random mini-batch from the training set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;image&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;wishes: outputs&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Step mini-batch&lt;/b&gt; trained on these {n} images. Their cost: &lt;b&gt;{b:.4f} → {a:.4f}&lt;/b&gt; ({d:+.1f} %) after one step down the average gradient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each of them wanted just before the step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;last hidden layer&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;average&lt;/b&gt;&lt;br&gt;of all {n}&lt;br&gt;(×{f:.0f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mean of every example&apos;s wishes: the direction of the step. Drawn magnified by the factor shown, since the wishes partly cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wants {t}, cost {c:.3f}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChainPanel</name>
    <message>
        <source>The chain of the lesson: each neuron&apos;s activation feeds the next through one weight and bias; C₀ compares a(L) with y. Under each neuron: how much C₀ changes when that activation changes (the chain rule, one link at a time).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation>Systemsprache ({0})</translation>
    </message>
    <message>
        <source>nnviz will use {0} from its next start.</source>
        <translation>nnviz verwendet {0} ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>MapChoice</name>
    <message>
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
    <message>
        <source>The two directions in which the layer&apos;s values vary most: fast, follows training live</source>
        <translation>Die zwei Richtungen, in denen die Werte der Schicht am stärksten streuen: schnell, folgt dem Training live</translation>
    </message>
    <message>
        <source>t-SNE</source>
        <translation>t-SNE</translation>
    </message>
    <message>
        <source>Keeps each image&apos;s nearest neighbours together: shows the clusters a trained layer makes; computed when training pauses (seconds per layer)</source>
        <translation>Hält die nächsten Nachbarn jedes Bildes beieinander: zeigt die Cluster, die eine trainierte Schicht bildet; wird berechnet, wenn das Training pausiert (Sekunden pro Schicht)</translation>
    </message>
    <message>
        <source>t-SNE (needs: pip install &quot;nnviz[tsne]&quot;)</source>
        <translation>t-SNE (benötigt: pip install &quot;nnviz[tsne]&quot;)</translation>
    </message>
    <message>
        <source>t-SNE needs the optional package openTSNE: pip install &quot;nnviz[tsne]&quot;</source>
        <translation>t-SNE benötigt das optionale Paket openTSNE: pip install &quot;nnviz[tsne]&quot;</translation>
    </message>
    <message>
        <source>How each layer is flattened onto the plane</source>
        <translation>Wie jede Schicht in die Ebene abgebildet wird</translation>
    </message>
    <message>
        <source>Map:</source>
        <translation>Karte:</translation>
    </message>
    <message>
        <source>{0:,} test images by t-SNE (neighbours kept together; distances between clusters mean little)</source>
        <translation>{0:,} Testbilder mit t-SNE (Nachbarn bleiben beieinander; Abstände zwischen Clustern bedeuten wenig)</translation>
    </message>
    <message>
        <source>The maps of the layers show an earlier state of the network; they are computed again once training pauses.</source>
        <translation>Die Karten der Schichten zeigen einen früheren Stand des Netzes; sie werden neu berechnet, sobald das Training pausiert.</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>layer {0}</source>
        <translation>Schicht {0}</translation>
    </message>
    <message>
        <source>t-SNE of {0}</source>
        <translation>t-SNE von {0}</translation>
    </message>
    <message>
        <source>t-SNE: finding neighbours…</source>
        <translation>t-SNE: Nachbarn werden gesucht…</translation>
    </message>
    <message>
        <source>t-SNE failed: {0}</source>
        <translation>t-SNE fehlgeschlagen: {0}</translation>
    </message>
</context>
<context>
    <name>PointMapPanel</name>
    <message>
        <source> (earlier state)</source>
        <translation> (früherer Stand)</translation>
    </message>
</context>
<context>
    <name>ReplayFrames</name>
    <message>
        <source>frame {0}/{1} · </source>
        <translation>Bild {0}/{1} · </translation>
    </message>
</context>
<context>
    <name>SetupController</name>
    <message>
        <source>Save setup…</source>
        <translation>Konfiguration speichern…</translation>
    </message>
    <message>
        <source>Save the network, preset, training controls, dataset and the views in front as a small file to hand to a class</source>
        <translation>Netz, Voreinstellung, Trainingseinstellungen, Datensatz und die vorn liegenden Ansichten als kleine Datei speichern, um sie einer Klasse zu geben</translation>
    </message>
    <message>
        <source>Open setup…</source>
        <translation>Konfiguration öffnen…</translation>
    </message>
    <message>
        <source>Set the window up from a setup file</source>
        <translation>Das Fenster nach einer Konfigurationsdatei einrichten</translation>
    </message>
    <message>
        <source>Copy setup as command</source>
        <translation>Konfiguration als Befehl kopieren</translation>
    </message>
    <message>
        <source>Put the nnviz gui command that sets the window up like this on the clipboard</source>
        <translation>Den Befehl nnviz gui, der das Fenster so einrichtet, in die Zwischenablage legen</translation>
    </message>
    <message>
        <source>the Layers field does not hold valid layer sizes; correct it first.</source>
        <translation>das Feld Schichten enthält keine gültigen Schichtgrößen; bitte zuerst korrigieren.</translation>
    </message>
    <message>
        <source>Could not save the setup</source>
        <translation>Konfiguration konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Save setup</source>
        <translation>Konfiguration speichern</translation>
    </message>
    <message>
        <source>nnviz setups (*.json)</source>
        <translation>nnviz-Konfigurationen (*.json)</translation>
    </message>
    <message>
        <source>Saved the setup to {0}</source>
        <translation>Konfiguration gespeichert in {0}</translation>
    </message>
    <message>
        <source>Open setup</source>
        <translation>Konfiguration öffnen</translation>
    </message>
    <message>
        <source>nnviz setups (*.json);;All files (*)</source>
        <translation>nnviz-Konfigurationen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not open the setup</source>
        <translation>Konfiguration konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened the setup {0}</source>
        <translation>Konfiguration {0} geöffnet</translation>
    </message>
    <message>
        <source>Could not copy the setup</source>
        <translation>Konfiguration konnte nicht kopiert werden</translation>
    </message>
    <message>
        <source>Copied: {0}</source>
        <translation>Kopiert: {0}</translation>
    </message>
</context>
<context>
    <name>TrainingControls</name>
    <message>
        <source>your own settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons&apos; setup: Nielsen&apos;s network as in the lessons (784-16-16-10, sigmoid, quadratic cost, η = 3).
3b1b: 96 %: the same 784-16-16-10 trained with softmax, cross-entropy and momentum.
Big: 98 %: 784-512-256-10 with ReLU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden layers above 4,096 neurons would be too slow to watch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VideoExportController</name>
    <message>
        <source>Video export needs the optional encoder: pip install &quot;nnviz[video]&quot;</source>
        <translation>Der Videoexport braucht den optionalen Encoder: pip install &quot;nnviz[video]&quot;</translation>
    </message>
    <message>
        <source>Export replay as video (MP4) — how to enable…</source>
        <translation>Wiedergabe als Video (MP4) exportieren — so wird es aktiviert…</translation>
    </message>
    <message>
        <source>Export replay as video (MP4)</source>
        <translation>Wiedergabe als Video (MP4) exportieren</translation>
    </message>
    <message>
        <source>First-layer weights</source>
        <translation>Gewichte der ersten Schicht</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>Netzdiagramm</translation>
    </message>
    <message>
        <source>An H.264 video of this view over the recorded run</source>
        <translation>Ein H.264-Video dieser Ansicht über den aufgezeichneten Lauf</translation>
    </message>
    <message>
        <source>Export replay as video</source>
        <translation>Wiedergabe als Video exportieren</translation>
    </message>
    <message>
        <source>Video export uses imageio and imageio-ffmpeg, which bring their own encoder and are not installed here. Install them with

    pip install &quot;nnviz[video]&quot;

(inside nnviz&apos;s virtual environment), then start nnviz again.</source>
        <translation>Der Videoexport verwendet imageio und imageio-ffmpeg, die ihren eigenen Encoder mitbringen und hier nicht installiert sind. Installieren Sie sie mit

    pip install &quot;nnviz[video]&quot;

(in der virtuellen Umgebung von nnviz) und starten Sie nnviz neu.</translation>
    </message>
    <message>
        <source>Nothing to animate</source>
        <translation>Nichts zu animieren</translation>
    </message>
    <message>
        <source>Train for a while first (or open a run): the video shows the recorded moments.</source>
        <translation>Zuerst eine Weile trainieren (oder einen Lauf öffnen): Das Video zeigt die aufgezeichneten Momente.</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4-Video (*.mp4)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Encoding the video…</source>
        <translation>Video wird kodiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Saved {0} frames to {1}</source>
        <translation>{0} Bilder in {1} gespeichert</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
