<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation>Langue du système ({0})</translation>
    </message>
    <message>
        <source>nnviz will use {0} from its next start.</source>
        <translation>nnviz utilisera {0} à partir du prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>MapChoice</name>
    <message>
        <source>PCA</source>
        <translation>ACP</translation>
    </message>
    <message>
        <source>The two directions in which the layer&apos;s values vary most: fast, follows training live</source>
        <translation>Les deux directions où les valeurs de la couche varient le plus : rapide, suit l&apos;entraînement en direct</translation>
    </message>
    <message>
        <source>t-SNE</source>
        <translation>t-SNE</translation>
    </message>
    <message>
        <source>Keeps each image&apos;s nearest neighbours together: shows the clusters a trained layer makes; computed when training pauses (seconds per layer)</source>
        <translation>Garde ensemble les plus proches voisins de chaque image : montre les groupes que forme une couche entraînée ; calculé quand l&apos;entraînement est en pause (quelques secondes par couche)</translation>
    </message>
    <message>
        <source>t-SNE (needs: pip install &quot;nnviz[tsne]&quot;)</source>
        <translation>t-SNE (nécessite : pip install &quot;nnviz[tsne]&quot;)</translation>
    </message>
    <message>
        <source>t-SNE needs the optional package openTSNE: pip install &quot;nnviz[tsne]&quot;</source>
        <translation>t-SNE nécessite le paquet optionnel openTSNE : pip install &quot;nnviz[tsne]&quot;</translation>
    </message>
    <message>
        <source>How each layer is flattened onto the plane</source>
        <translation>Comment chaque couche est projetée sur le plan</translation>
    </message>
    <message>
        <source>Map:</source>
        <translation>Carte :</translation>
    </message>
    <message>
        <source>{0:,} test images by t-SNE (neighbours kept together; distances between clusters mean little)</source>
        <translation>{0:,} images de test par t-SNE (les voisins restent ensemble ; les distances entre groupes veulent dire peu)</translation>
    </message>
    <message>
        <source>The maps of the layers show an earlier state of the network; they are computed again once training pauses.</source>
        <translation>Les cartes des couches montrent un état antérieur du réseau ; elles sont recalculées dès que l&apos;entraînement est en pause.</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>layer {0}</source>
        <translation>couche {0}</translation>
    </message>
    <message>
        <source>t-SNE of {0}</source>
        <translation>t-SNE de {0}</translation>
    </message>
    <message>
        <source>t-SNE: finding neighbours…</source>
        <translation>t-SNE : recherche des voisins…</translation>
    </message>
    <message>
        <source>t-SNE failed: {0}</source>
        <translation>t-SNE a échoué : {0}</translation>
    </message>
</context>
<context>
    <name>PointMapPanel</name>
    <message>
        <source> (earlier state)</source>
        <translation> (état antérieur)</translation>
    </message>
</context>
<context>
    <name>ReplayFrames</name>
    <message>
        <source>frame {0}/{1} · </source>
        <translation>image {0}/{1} · </translation>
    </message>
</context>
<context>
    <name>SetupController</name>
    <message>
        <source>Save setup…</source>
        <translation>Enregistrer la configuration…</translation>
    </message>
    <message>
        <source>Save the network, preset, training controls, dataset and the views in front as a small file to hand to a class</source>
        <translation>Enregistrer le réseau, le préréglage, les réglages d&apos;entraînement, le jeu de données et les vues au premier plan dans un petit fichier à donner à une classe</translation>
    </message>
    <message>
        <source>Open setup…</source>
        <translation>Ouvrir une configuration…</translation>
    </message>
    <message>
        <source>Set the window up from a setup file</source>
        <translation>Préparer la fenêtre d&apos;après un fichier de configuration</translation>
    </message>
    <message>
        <source>Copy setup as command</source>
        <translation>Copier la configuration comme commande</translation>
    </message>
    <message>
        <source>Put the nnviz gui command that sets the window up like this on the clipboard</source>
        <translation>Mettre dans le presse-papiers la commande nnviz gui qui prépare la fenêtre ainsi</translation>
    </message>
    <message>
        <source>the Layers field does not hold valid layer sizes; correct it first.</source>
        <translation>le champ Couches ne contient pas de tailles de couches valides ; corrigez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Could not save the setup</source>
        <translation>Impossible d&apos;enregistrer la configuration</translation>
    </message>
    <message>
        <source>Save setup</source>
        <translation>Enregistrer la configuration</translation>
    </message>
    <message>
        <source>nnviz setups (*.json)</source>
        <translation>Configurations nnviz (*.json)</translation>
    </message>
    <message>
        <source>Saved the setup to {0}</source>
        <translation>Configuration enregistrée dans {0}</translation>
    </message>
    <message>
        <source>Open setup</source>
        <translation>Ouvrir une configuration</translation>
    </message>
    <message>
        <source>nnviz setups (*.json);;All files (*)</source>
        <translation>Configurations nnviz (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not open the setup</source>
        <translation>Impossible d&apos;ouvrir la configuration</translation>
    </message>
    <message>
        <source>Opened the setup {0}</source>
        <translation>Configuration {0} ouverte</translation>
    </message>
    <message>
        <source>Could not copy the setup</source>
        <translation>Impossible de copier la configuration</translation>
    </message>
    <message>
        <source>Copied: {0}</source>
        <translation>Copié : {0}</translation>
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
        <translation>L&apos;export vidéo nécessite l&apos;encodeur optionnel : pip install &quot;nnviz[video]&quot;</translation>
    </message>
    <message>
        <source>Export replay as video (MP4) — how to enable…</source>
        <translation>Exporter la relecture en vidéo (MP4) — comment l&apos;activer…</translation>
    </message>
    <message>
        <source>Export replay as video (MP4)</source>
        <translation>Exporter la relecture en vidéo (MP4)</translation>
    </message>
    <message>
        <source>First-layer weights</source>
        <translation>Poids de la première couche</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>Schéma du réseau</translation>
    </message>
    <message>
        <source>An H.264 video of this view over the recorded run</source>
        <translation>Une vidéo H.264 de cette vue au fil de l&apos;entraînement enregistré</translation>
    </message>
    <message>
        <source>Export replay as video</source>
        <translation>Exporter la relecture en vidéo</translation>
    </message>
    <message>
        <source>Video export uses imageio and imageio-ffmpeg, which bring their own encoder and are not installed here. Install them with

    pip install &quot;nnviz[video]&quot;

(inside nnviz&apos;s virtual environment), then start nnviz again.</source>
        <translation>L&apos;export vidéo utilise imageio et imageio-ffmpeg, qui apportent leur propre encodeur et ne sont pas installés ici. Installez-les avec

    pip install &quot;nnviz[video]&quot;

(dans l&apos;environnement virtuel de nnviz), puis relancez nnviz.</translation>
    </message>
    <message>
        <source>Nothing to animate</source>
        <translation>Rien à animer</translation>
    </message>
    <message>
        <source>Train for a while first (or open a run): the video shows the recorded moments.</source>
        <translation>Entraînez d&apos;abord un moment (ou ouvrez un entraînement enregistré) : la vidéo montre les moments enregistrés.</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>Vidéo MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Impossible d&apos;exporter</translation>
    </message>
    <message>
        <source>Encoding the video…</source>
        <translation>Encodage de la vidéo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Saved {0} frames to {1}</source>
        <translation>{0} images enregistrées dans {1}</translation>
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
