<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>C₀ = (a(L) − y)²: the chain rule multiplies the derivatives along the arrows, from C₀ back to each weight</source>
        <translation type="vanished">C₀ = (a(L) − y)² : la règle de dérivation en chaîne multiplie les dérivées le long des flèches, de C₀ jusqu&apos;à chaque poids</translation>
    </message>
    <message>
        <source>Lessons&apos; setup (≈ 93 %)</source>
        <translation>Réglages des leçons (≈ 93 %)</translation>
    </message>
    <message>
        <source>3b1b: 96 %</source>
        <translation>3b1b : 96 %</translation>
    </message>
    <message>
        <source>Big: 98 %</source>
        <translation>Grand : 98 %</translation>
    </message>
    <message>
        <source>Steps too big: the cost stops falling. Try η = {to:g}.</source>
        <translation>Pas trop grands : le coût cesse de baisser. Essayez η = {to:g}.</translation>
    </message>
    <message>
        <source>Each step jumps past the bottom of the valley, so the cost cannot settle ({acc:.0%} right at η = {lr:g}). A smaller learning rate takes smaller steps.</source>
        <translation>Chaque pas saute au-delà du fond de la vallée, le coût ne peut donc pas se poser ({acc:.0%} justes à η = {lr:g}). Un taux d&apos;apprentissage plus petit fait de plus petits pas.</translation>
    </message>
    <message>
        <source>ReLUs blown up or dead: no gradient flows. Try Init: scaled, η = {lr:g}.</source>
        <translation>ReLU explosées ou mortes : aucun gradient ne passe. Essayez Init : mise à l&apos;échelle, η = {lr:g}.</translation>
    </message>
    <message>
        <source>With N(0, 1) weights the ReLUs&apos; values grow so large that the outputs are stuck at 0 or 1 ({pinned:.0%} of them), and {dead:.0%} of a hidden layer&apos;s ReLUs give 0 for every image: dead, they pass no gradient back.</source>
        <translation>Avec des poids N(0, 1), les valeurs des ReLU deviennent si grandes que les sorties restent bloquées à 0 ou 1 ({pinned:.0%} d&apos;entre elles), et {dead:.0%} des ReLU d&apos;une couche cachée donnent 0 pour chaque image : mortes, elles ne renvoient aucun gradient.</translation>
    </message>
    <message>
        <source>Outputs stuck at 0 or 1: the sigmoid is flat there. Try Init: scaled.</source>
        <translation>Sorties bloquées à 0 ou 1 : la sigmoïde y est plate. Essayez Init : mise à l&apos;échelle.</translation>
    </message>
    <message>
        <source>For almost every image the outputs sit where the sigmoid is flat, so the gradient is nearly zero. Scaled initial weights, or the cross-entropy cost, keep them learning.</source>
        <translation>Pour presque chaque image, les sorties se trouvent là où la sigmoïde est plate, donc le gradient est presque nul. Des poids initiaux mis à l&apos;échelle, ou le coût d&apos;entropie croisée, les font continuer à apprendre.</translation>
    </message>
    <message>
        <source>{n} hidden neurons are too few for {k} classes. Try {to}.</source>
        <translation>{n} neurones cachés, c&apos;est trop peu pour {k} classes. Essayez {to}.</translation>
    </message>
    <message>
        <source>A hidden layer of {n} neurons cannot carry enough about the image to tell {k} classes apart ({acc:.0%} right).</source>
        <translation>Une couche cachée de {n} neurones ne peut pas transmettre assez de l&apos;image pour distinguer {k} classes ({acc:.0%} justes).</translation>
    </message>
    <message>
        <source>{n} hidden neurons are too few for ten digits. Try {to}.</source>
        <translation>{n} neurones cachés, c&apos;est trop peu pour dix chiffres. Essayez {to}.</translation>
    </message>
    <message>
        <source>A hidden layer of {n} neurons cannot carry enough about the image to tell ten digits apart ({acc:.0%} right). Layers 784,16,16,10 can.</source>
        <translation>Une couche cachée de {n} neurones ne peut pas transmettre assez de l&apos;image pour distinguer dix chiffres ({acc:.0%} justes). Les couches 784,16,16,10 le peuvent.</translation>
    </message>
    <message>
        <source>What is a neural network?</source>
        <translation>Qu&apos;est-ce qu&apos;un réseau de neurones ?</translation>
    </message>
    <message>
        <source>Neurons hold numbers</source>
        <translation>Les neurones contiennent des nombres</translation>
    </message>
    <message>
        <source>The picture in the middle is a network that already learned to read digits. Each circle is a neuron holding one number between 0 and 1, its &lt;b&gt;activation&lt;/b&gt;: white is 1, black is 0. The input layer is the image itself, 28 × 28 = 784 pixels.</source>
        <translation>L&apos;image du milieu est un réseau qui a déjà appris à lire les chiffres. Chaque cercle est un neurone contenant un nombre entre 0 et 1, son &lt;b&gt;activation&lt;/b&gt; : blanc vaut 1, noir vaut 0. La couche d&apos;entrée est l&apos;image elle-même, 28 × 28 = 784 pixels.</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Activations flow left to right: 784 inputs, two hidden layers of 16 neurons, 10 outputs, one per digit. The brightest output is the network&apos;s answer.</source>
        <translation>Les activations circulent de gauche à droite : 784 entrées, deux couches cachées de 16 neurones, 10 sorties, une par chiffre. La sortie la plus lumineuse est la réponse du réseau.</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>Dessiner un chiffre</translation>
    </message>
    <message>
        <source>Draw any digit on the pad with the mouse. The network reads it at once; the bars beside the pad are the ten output activations.</source>
        <translation>Dessinez n&apos;importe quel chiffre sur la zone de dessin avec la souris. Le réseau le lit aussitôt ; les barres à côté de la zone sont les dix activations de sortie.</translation>
    </message>
    <message>
        <source>Your turn: draw a digit on the pad.</source>
        <translation>À vous : dessinez un chiffre sur la zone de dessin.</translation>
    </message>
    <message>
        <source>Weights: what a neuron looks for</source>
        <translation>Les poids : ce que cherche un neurone</translation>
    </message>
    <message>
        <source>A first-layer neuron adds up all 784 pixels, each multiplied by its own &lt;b&gt;weight&lt;/b&gt;. Drawn as a 28 × 28 picture, blue weights are pixels it wants lit and orange ones pixels it wants dark. Click any neuron of the first hidden layer to open its weights.</source>
        <translation>Un neurone de la première couche additionne les 784 pixels, chacun multiplié par son propre &lt;b&gt;poids&lt;/b&gt;. Dessinés comme une image 28 × 28, les poids bleus sont des pixels qu&apos;il veut allumés et les orange des pixels qu&apos;il veut sombres. Cliquez sur un neurone de la première couche cachée pour ouvrir ses poids.</translation>
    </message>
    <message>
        <source>Your turn: click a neuron in the first hidden layer.</source>
        <translation>À vous : cliquez sur un neurone de la première couche cachée.</translation>
    </message>
    <message>
        <source>Bias and sigmoid</source>
        <translation>Biais et sigmoïde</translation>
    </message>
    <message>
        <source>The weighted sum plus a &lt;b&gt;bias&lt;/b&gt; is z = w·a + b. The bias says how high the sum must be before the neuron lights up. The &lt;b&gt;sigmoid&lt;/b&gt; σ(z) squashes z into 0…1, and that is the neuron&apos;s activation.</source>
        <translation>La somme pondérée plus un &lt;b&gt;biais&lt;/b&gt; donne z = w·a + b. Le biais dit à quel point la somme doit être élevée avant que le neurone s&apos;allume. La &lt;b&gt;sigmoïde&lt;/b&gt; σ(z) écrase z dans 0…1, et c&apos;est l&apos;activation du neurone.</translation>
    </message>
    <message>
        <source>Every neuron, through its own eyes</source>
        <translation>Chaque neurone, avec ses propres yeux</translation>
    </message>
    <message>
        <source>This view multiplies the digit in the diagram by each neuron&apos;s weights: the bright parts are where the digit matches what the neuron looks for.</source>
        <translation>Cette vue multiplie le chiffre du diagramme par les poids de chaque neurone : les parties claires sont là où le chiffre correspond à ce que cherche le neurone.</translation>
    </message>
    <message>
        <source>13,002 knobs</source>
        <translation>13 002 boutons</translation>
    </message>
    <message>
        <source>784·16 + 16·16 + 16·10 weights and 16 + 16 + 10 biases: 13,002 numbers. Learning means finding good values for all of them. How? That is lesson 2.</source>
        <translation>784·16 + 16·16 + 16·10 poids et 16 + 16 + 10 biais : 13 002 nombres. Apprendre, c&apos;est trouver de bonnes valeurs pour tous. Comment ? C&apos;est la leçon 2.</translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation>Descente de gradient</translation>
    </message>
    <message>
        <source>Start from random weights</source>
        <translation>Partir de poids aléatoires</translation>
    </message>
    <message>
        <source>This network has random weights and biases: its outputs are noise, and it gets about one digit in ten right.</source>
        <translation>Ce réseau a des poids et des biais aléatoires : ses sorties sont du bruit, et il reconnaît environ un chiffre sur dix.</translation>
    </message>
    <message>
        <source>The cost</source>
        <translation>Le coût</translation>
    </message>
    <message>
        <source>For one example, the &lt;b&gt;cost&lt;/b&gt; adds up the squared differences between the ten outputs and what they should be (1 for the right digit, 0 for the rest). Averaged over all training examples, it measures how bad the network is.</source>
        <translation>Pour un exemple, le &lt;b&gt;coût&lt;/b&gt; additionne les carrés des écarts entre les dix sorties et ce qu&apos;elles devraient être (1 pour le bon chiffre, 0 pour les autres). En moyenne sur tous les exemples d&apos;entraînement, il mesure à quel point le réseau est mauvais.</translation>
    </message>
    <message>
        <source>The gradient points uphill</source>
        <translation>Le gradient pointe vers le haut</translation>
    </message>
    <message>
        <source>The cost is a function of all 13,002 weights and biases. Its &lt;b&gt;gradient&lt;/b&gt; says which way to nudge each of them to make the cost rise fastest; gradient descent steps the other way. The landscape shows the cost along two directions.</source>
        <translation>Le coût est une fonction des 13 002 poids et biais. Son &lt;b&gt;gradient&lt;/b&gt; dit dans quel sens pousser chacun d&apos;eux pour que le coût monte le plus vite ; la descente de gradient fait un pas dans l&apos;autre sens. Le paysage montre le coût le long de deux directions.</translation>
    </message>
    <message>
        <source>One step</source>
        <translation>Un pas</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Step mini-batch&lt;/b&gt; (F10): the network takes one step downhill, computed from 10 examples, a &lt;b&gt;mini-batch&lt;/b&gt;.</source>
        <translation>Appuyez sur &lt;b&gt;Pas de mini-lot&lt;/b&gt; (F10) : le réseau fait un pas vers le bas, calculé à partir de 10 exemples, un &lt;b&gt;mini-lot&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Your turn: press Step mini-batch (F10).</source>
        <translation>À vous : appuyez sur Pas de mini-lot (F10).</translation>
    </message>
    <message>
        <source>Watch it learn</source>
        <translation>Le regarder apprendre</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Train&lt;/b&gt; (F5). At the lesson pace the first mini-batches come slowly and the pace quickens as the cost flattens: watch the weights take shape.</source>
        <translation>Appuyez sur &lt;b&gt;Entraîner&lt;/b&gt; (F5). Au rythme de la leçon, les premiers mini-lots arrivent lentement et le rythme s&apos;accélère à mesure que le coût s&apos;aplatit : regardez les poids prendre forme.</translation>
    </message>
    <message>
        <source>Your turn: press Train (F5).</source>
        <translation>À vous : appuyez sur Entraîner (F5).</translation>
    </message>
    <message>
        <source>Mini-batches are noisy</source>
        <translation>Les mini-lots sont bruités</translation>
    </message>
    <message>
        <source>A mini-batch&apos;s gradient only estimates the full gradient, so each step wobbles — like a drunk walking downhill. It is much cheaper, so it wins.</source>
        <translation>Le gradient d&apos;un mini-lot n&apos;est qu&apos;une estimation du gradient complet, donc chaque pas titube — comme un ivrogne qui descend une pente. Il coûte beaucoup moins cher, c&apos;est pourquoi il gagne.</translation>
    </message>
    <message>
        <source>The step size η</source>
        <translation>La taille du pas η</translation>
    </message>
    <message>
        <source>The learning rate &lt;b&gt;η&lt;/b&gt; scales every step. Set it to 100 in the Training panel and watch what the cost does; the line at the bottom of the window says what went wrong. Then set it back to 3.</source>
        <translation>Le taux d&apos;apprentissage &lt;b&gt;η&lt;/b&gt; règle la taille de chaque pas. Mettez-le à 100 dans le panneau Entraînement et regardez ce que fait le coût ; la ligne en bas de la fenêtre dit ce qui n&apos;a pas marché. Remettez-le ensuite à 3.</translation>
    </message>
    <message>
        <source>Your turn: change the learning rate.</source>
        <translation>À vous : changez le taux d&apos;apprentissage.</translation>
    </message>
    <message>
        <source>Watch the first epoch again</source>
        <translation>Revoir la première époque</translation>
    </message>
    <message>
        <source>The replay bar under the views recorded the run, densely at the start where the network changes most. Drag it to the left to see the first epoch again.</source>
        <translation>La barre de relecture sous les vues a enregistré l&apos;exécution, densément au début, là où le réseau change le plus. Faites-la glisser vers la gauche pour revoir la première époque.</translation>
    </message>
    <message>
        <source>Your turn: drag the replay bar.</source>
        <translation>À vous : faites glisser la barre de relecture.</translation>
    </message>
    <message>
        <source>What backpropagation does</source>
        <translation>Ce que fait la rétropropagation</translation>
    </message>
    <message>
        <source>What does this example want?</source>
        <translation>Que veut cet exemple ?</translation>
    </message>
    <message>
        <source>Take one training example. Each output neuron should move towards its target: up for the right digit, down for the others. The arrows are these &lt;b&gt;nudges&lt;/b&gt;, bigger where the output is further off.</source>
        <translation>Prenez un exemple d&apos;entraînement. Chaque neurone de sortie devrait aller vers sa cible : vers le haut pour le bon chiffre, vers le bas pour les autres. Les flèches sont ces &lt;b&gt;coups de pouce&lt;/b&gt;, plus grands là où la sortie est plus loin du but.</translation>
    </message>
    <message>
        <source>Three levers</source>
        <translation>Trois leviers</translation>
    </message>
    <message>
        <source>To raise one output neuron, backpropagation can raise its &lt;b&gt;bias&lt;/b&gt;, change its &lt;b&gt;weights&lt;/b&gt; (those from bright neurons matter most), or change the previous layer&apos;s &lt;b&gt;activations&lt;/b&gt; in proportion to the weights.</source>
        <translation>Pour augmenter un neurone de sortie, la rétropropagation peut augmenter son &lt;b&gt;biais&lt;/b&gt;, changer ses &lt;b&gt;poids&lt;/b&gt; (ceux venant de neurones lumineux comptent le plus) ou changer les &lt;b&gt;activations&lt;/b&gt; de la couche précédente en proportion des poids.</translation>
    </message>
    <message>
        <source>Wishes for the layer before</source>
        <translation>Des souhaits pour la couche d&apos;avant</translation>
    </message>
    <message>
        <source>Every output neuron has wishes for the last hidden layer. Added together they say how that layer should change; the same reasoning then repeats one layer further back. That is why it is called &lt;b&gt;backpropagation&lt;/b&gt;.</source>
        <translation>Chaque neurone de sortie a des souhaits pour la dernière couche cachée. Additionnés, ils disent comment cette couche devrait changer ; le même raisonnement se répète ensuite une couche plus en arrière. C&apos;est pourquoi on l&apos;appelle &lt;b&gt;rétropropagation&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Ask for another digit</source>
        <translation>Demander un autre chiffre</translation>
    </message>
    <message>
        <source>Pick a different wanted digit above the arrows and watch every wish change.</source>
        <translation>Choisissez un autre chiffre voulu au-dessus des flèches et regardez chaque souhait changer.</translation>
    </message>
    <message>
        <source>Your turn: click a wanted digit.</source>
        <translation>À vous : cliquez sur un chiffre voulu.</translation>
    </message>
    <message>
        <source>Many examples, one step</source>
        <translation>Beaucoup d&apos;exemples, un pas</translation>
    </message>
    <message>
        <source>A real step does not follow one example. Each example of a &lt;b&gt;mini-batch&lt;/b&gt; has its own wishes; their &lt;b&gt;average&lt;/b&gt; is the step gradient descent takes.</source>
        <translation>Un vrai pas ne suit pas un seul exemple. Chaque exemple d&apos;un &lt;b&gt;mini-lot&lt;/b&gt; a ses propres souhaits ; leur &lt;b&gt;moyenne&lt;/b&gt; est le pas que fait la descente de gradient.</translation>
    </message>
    <message>
        <source>Your turn: pick another mini-batch.</source>
        <translation>À vous : choisissez un autre mini-lot.</translation>
    </message>
    <message>
        <source>Take the step</source>
        <translation>Faire le pas</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Step mini-batch&lt;/b&gt; (F10). Training starts from fresh random weights, so the wishes are big. The panel shows the images the step trained on and their cost before and after it.</source>
        <translation>Appuyez sur &lt;b&gt;Pas de mini-lot&lt;/b&gt; (F10). L&apos;entraînement part de nouveaux poids aléatoires, donc les souhaits sont grands. Le panneau montre les images sur lesquelles le pas s&apos;est entraîné et leur coût avant et après.</translation>
    </message>
    <message>
        <source>Which knobs matter</source>
        <translation>Quels boutons comptent</translation>
    </message>
    <message>
        <source>Averaged over many examples, the gradient says how sensitive the cost is to each weight and bias: a few matter a lot, most very little.</source>
        <translation>En moyenne sur beaucoup d&apos;exemples, le gradient dit à quel point le coût est sensible à chaque poids et biais : quelques-uns comptent beaucoup, la plupart très peu.</translation>
    </message>
    <message>
        <source>Backpropagation calculus</source>
        <translation>Calcul de la rétropropagation</translation>
    </message>
    <message>
        <source>One neuron per layer</source>
        <translation>Un neurone par couche</translation>
    </message>
    <message>
        <source>The simplest network: a chain of single neurons, a(L−2) → a(L−1) → a(L), and the cost of one example, C₀ = (a(L) − y)².</source>
        <translation>Le réseau le plus simple : une chaîne de neurones isolés, a(L−2) → a(L−1) → a(L), et le coût d&apos;un exemple, C₀ = (a(L) − y)².</translation>
    </message>
    <message>
        <source>The last link</source>
        <translation>Le dernier maillon</translation>
    </message>
    <message>
        <source>The last neuron computes z(L) = w(L)·a(L−1) + b(L) and a(L) = σ(z(L)). The picture writes the current values on each link.</source>
        <translation>Le dernier neurone calcule z(L) = w(L)·a(L−1) + b(L) et a(L) = σ(z(L)). L&apos;image écrit les valeurs actuelles sur chaque maillon.</translation>
    </message>
    <message>
        <source>The chain rule</source>
        <translation>La règle de dérivation en chaîne</translation>
    </message>
    <message>
        <source>A small change in w(L) changes z(L), which changes a(L), which changes C₀. So ∂C₀/∂w(L) = ∂z/∂w · ∂a/∂z · ∂C₀/∂a = a(L−1) · σ′(z) · 2(a − y): three factors, shown in the table.</source>
        <translation>Un petit changement de w(L) change z(L), qui change a(L), qui change C₀. Donc ∂C₀/∂w(L) = ∂z/∂w · ∂a/∂z · ∂C₀/∂a = a(L−1) · σ′(z) · 2(a − y) : trois facteurs, montrés dans le tableau.</translation>
    </message>
    <message>
        <source>Slide w</source>
        <translation>Faire glisser w</translation>
    </message>
    <message>
        <source>Drag w. The plot shows C₀ against w; the yellow tangent&apos;s slope is the product of the three factors.</source>
        <translation>Faites glisser w. La courbe montre C₀ en fonction de w ; la pente de la tangente jaune est le produit des trois facteurs.</translation>
    </message>
    <message>
        <source>Your turn: drag the w slider.</source>
        <translation>À vous : faites glisser le curseur w.</translation>
    </message>
    <message>
        <source>The bias</source>
        <translation>Le biais</translation>
    </message>
    <message>
        <source>For the bias the first factor is 1, since ∂z/∂b = 1: ∂C₀/∂b = σ′(z) · 2(a − y).</source>
        <translation>Pour le biais, le premier facteur vaut 1, car ∂z/∂b = 1 : ∂C₀/∂b = σ′(z) · 2(a − y).</translation>
    </message>
    <message>
        <source>One layer further back</source>
        <translation>Une couche plus en arrière</translation>
    </message>
    <message>
        <source>∂C₀/∂a(L−1) = w · σ′(z) · 2(a − y) tells how the cost feels the previous activation. Repeat the same rule one link back and you reach a(L−2): the picture writes these derivatives under each neuron.</source>
        <translation>∂C₀/∂a(L−1) = w · σ′(z) · 2(a − y) dit comment le coût ressent l&apos;activation précédente. Répétez la même règle un maillon plus en arrière et vous atteignez a(L−2) : l&apos;image écrit ces dérivées sous chaque neurone.</translation>
    </message>
    <message>
        <source>Many neurons</source>
        <translation>Beaucoup de neurones</translation>
    </message>
    <message>
        <source>With many neurons per layer nothing new happens: a neuron&apos;s activation influences every neuron of the next layer, so its derivative is a sum over them. The backprop panel shows those sums for the real network.</source>
        <translation>Avec beaucoup de neurones par couche, rien de nouveau : l&apos;activation d&apos;un neurone influence chaque neurone de la couche suivante, donc sa dérivée est une somme sur eux. Le panneau de rétropropagation montre ces sommes pour le vrai réseau.</translation>
    </message>
    <message>
        <source>Free exploration</source>
        <translation>Exploration libre</translation>
    </message>
    <message>
        <source>each mini-batch</source>
        <translation type="vanished">chaque mini-lot</translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation type="vanished">lissé</translation>
    </message>
    <message>
        <source>training</source>
        <translation type="vanished">entraînement</translation>
    </message>
    <message>
        <source>test</source>
        <translation type="vanished">test</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation type="vanished">exactitude en test</translation>
    </message>
    <message>
        <source>blue: raise w to lower C</source>
        <translation type="vanished">bleu : augmenter w baisse C</translation>
    </message>
    <message>
        <source>  orange: lower w</source>
        <translation type="vanished">  orange : baisser w</translation>
    </message>
    <message>
        <source>  (saturates at |∂C/∂w| = %1)</source>
        <translation type="vanished">  (saturé à |∂C/∂w| = %1)</translation>
    </message>
    <message>
        <source>weight</source>
        <translation type="vanished">poids</translation>
    </message>
    <message>
        <source>+ blue</source>
        <translation type="vanished">+ bleu</translation>
    </message>
    <message>
        <source>− orange   activation  0</source>
        <translation type="vanished">− orange   activation  0</translation>
    </message>
    <message>
        <source>Presenting</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Full screen with larger text, for a projector</source>
        <translation>Plein écran avec un texte plus grand, pour un projecteur</translation>
    </message>
    <message>
        <source>Show the view in use alone</source>
        <translation>Afficher seule la vue utilisée</translation>
    </message>
    <message>
        <source>The view under the mouse fills the window; again to go back (or double-click a view&apos;s title)</source>
        <translation>La vue sous la souris remplit la fenêtre ; à nouveau pour revenir (ou double-clic sur le titre d&apos;une vue)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Zoom all text in</source>
        <translation>Agrandir tout le texte</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>Zoom all text out</source>
        <translation>Réduire tout le texte</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Taille de texte normale</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Light (projectors)</source>
        <translation>Clair (projecteurs)</translation>
    </message>
</context>
<context>
    <name>AbstentionPlot</name>
    <message>
        <source>confidence threshold</source>
        <translation>seuil de confiance</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>répondues</translation>
    </message>
    <message>
        <source>accuracy of answered</source>
        <translation>exactitude des répondues</translation>
    </message>
</context>
<context>
    <name>AugmentControls</name>
    <message>
        <source>Augmentation</source>
        <translation>Augmentation</translation>
    </message>
    <message>
        <source>Show the network a freshly jittered copy of each training image: it learns what doesn&apos;t matter (a little noise, a slight turn or shift). Switches on and off immediately, also during training.</source>
        <translation>Montre au réseau une copie fraîchement perturbée de chaque image d&apos;entraînement : il apprend ce qui ne compte pas (un peu de bruit, une légère rotation ou un décalage). S&apos;active et se désactive immédiatement, même pendant l&apos;entraînement.</translation>
    </message>
    <message>
        <source>Gaussian noise: σ of the random value added to every pixel (pixels run from 0 to 1).</source>
        <translation>Bruit gaussien : σ de la valeur aléatoire ajoutée à chaque pixel (les pixels vont de 0 à 1).</translation>
    </message>
    <message>
        <source>Each image turns by a random angle up to this many degrees, either way.</source>
        <translation>Chaque image tourne d&apos;un angle aléatoire allant jusqu&apos;à ce nombre de degrés, dans un sens ou dans l&apos;autre.</translation>
    </message>
    <message>
        <source>Each image moves by a random whole number of pixels up to this, horizontally and vertically.</source>
        <translation>Chaque image se déplace d&apos;un nombre entier aléatoire de pixels jusqu&apos;à cette valeur, horizontalement et verticalement.</translation>
    </message>
    <message>
        <source>Noise σ</source>
        <translation>Bruit σ</translation>
    </message>
    <message>
        <source>Rotation ±</source>
        <translation>Rotation ±</translation>
    </message>
    <message>
        <source>Shift ±</source>
        <translation>Décalage ±</translation>
    </message>
    <message>
        <source>off</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>AutosaveController</name>
    <message>
        <source>Restore autosave</source>
        <translation>Restaurer la sauvegarde automatique</translation>
    </message>
    <message>
        <source>Load the model nnviz saved automatically during training</source>
        <translation>Charger le modèle que nnviz a enregistré automatiquement pendant l&apos;entraînement</translation>
    </message>
    <message>
        <source>Load {path} (saved {when})</source>
        <translation>Charger {path} (enregistré {when})</translation>
    </message>
    <message>
        <source>A model autosaved on {when} is available: File ▸ Restore autosave (Ctrl+Shift+O).</source>
        <translation>Un modèle enregistré automatiquement le {when} est disponible : Fichier ▸ Restaurer la sauvegarde automatique (Ctrl+Maj+O).</translation>
    </message>
    <message>
        <source>Autosave failed: {error}</source>
        <translation>Échec de la sauvegarde automatique : {error}</translation>
    </message>
    <message>
        <source>Autosaved epoch {epoch} to {path}.</source>
        <translation>Époque {epoch} enregistrée automatiquement dans {path}.</translation>
    </message>
    <message>
        <source>Restored the autosave from {path}.</source>
        <translation>Sauvegarde automatique restaurée depuis {path}.</translation>
    </message>
</context>
<context>
    <name>BackgroundRead</name>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
</context>
<context>
    <name>BackpropPanel</name>
    <message>
        <source>Backprop: one example</source>
        <translation>Rétropropagation : un exemple</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Keep this example in the diagram instead of cycling through training examples (F4 follows them again).</source>
        <translation>Garder cet exemple dans le diagramme au lieu de parcourir les exemples d&apos;entraînement (F4 les suit à nouveau).</translation>
    </message>
    <message>
        <source>Next example</source>
        <translation>Exemple suivant</translation>
    </message>
    <message>
        <source>Explain another training example (the diagram keeps the one being explained until you ask).</source>
        <translation>Expliquer un autre exemple d&apos;entraînement (le diagramme garde celui qui est expliqué jusqu&apos;à ce que vous en demandiez un autre).</translation>
    </message>
    <message>
        <source>η = </source>
        <translation>η = </translation>
    </message>
    <message>
        <source>The learning rate of the one-example step: w ← w − η ∂C/∂w.</source>
        <translation>Le taux d&apos;apprentissage du pas sur un exemple : w ← w − η ∂C/∂w.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Apply exactly this example&apos;s gradient step (Ctrl+B) to a copy of the network and make it the current one.
A training run in progress is stopped: the stepped network replaces the one being trained.</source>
        <translation>Appliquer exactement le pas de gradient de cet exemple (Ctrl+B) à une copie du réseau et en faire le réseau actuel.
Un entraînement en cours est arrêté : le réseau après le pas remplace celui qu&apos;on entraînait.</translation>
    </message>
    <message>
        <source>The nudge each output neuron wants, −∂C/∂a: up for the wanted digit, down for the others; for the quadratic cost exactly y − a.
Click a neuron to see the three ways to raise it.</source>
        <translation>La poussée que veut chaque neurone de sortie, −∂C/∂a : vers le haut pour le chiffre voulu, vers le bas pour les autres ; pour le coût quadratique, exactement y − a.
Cliquez sur un neurone pour voir les trois façons de l&apos;augmenter.</translation>
    </message>
    <message>
        <source>The chosen output neuron&apos;s inputs, most useful weight lever first. −∂C/∂w_jk is backprop&apos;s gradient for this one example.</source>
        <translation>Les entrées du neurone de sortie choisi, le levier de poids le plus utile d&apos;abord. −∂C/∂w_jk est le gradient de la rétropropagation pour ce seul exemple.</translation>
    </message>
    <message>
        <source>wanted:</source>
        <translation>voulu :</translation>
    </message>
    <message>
        <source>One example</source>
        <translation>Un exemple</translation>
    </message>
    <message>
        <source>Mini-batch: the average</source>
        <translation>Mini-lot : la moyenne</translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation>Pas encore de réseau.</translation>
    </message>
    <message>
        <source>No input in the diagram yet.</source>
        <translation>Pas encore d&apos;entrée dans le diagramme.</translation>
    </message>
    <message>
        <source>The network does not take this input.</source>
        <translation>Le réseau n&apos;accepte pas cette entrée.</translation>
    </message>
    <message>
        <source>label {label}</source>
        <translation>étiquette {label}</translation>
    </message>
    <message>
        <source>no label: pick the digit it should be</source>
        <translation>pas d&apos;étiquette : choisissez le chiffre qu&apos;elle devrait être</translation>
    </message>
    <message>
        <source>no label: pick the class it should be</source>
        <translation>pas d&apos;étiquette : choisissez la classe qu&apos;elle devrait être</translation>
    </message>
    <message>
        <source>output nudges, {formula}</source>
        <translation>poussées de la sortie, {formula}</translation>
    </message>
    <message>
        <source>wishes for hidden {layer}</source>
        <translation>souhaits pour cachée {layer}</translation>
    </message>
    <message>
        <source>one layer back: hidden {layer}</source>
        <translation>une couche en arrière : cachée {layer}</translation>
    </message>
    <message>
        <source>What all output neurons together want from hidden layer {layer}: −∂C/∂a, each neuron&apos;s nudges times its weights, summed.</source>
        <translation>Ce que tous les neurones de sortie ensemble veulent de la couche cachée {layer} : −∂C/∂a, les poussées de chaque neurone fois ses poids, additionnées.</translation>
    </message>
    <message>
        <source>What all output neurons together want from hidden layer {layer}: −∂C/∂a, each neuron&apos;s nudges times its weights, summed, propagated one layer further.</source>
        <translation>Ce que tous les neurones de sortie ensemble veulent de la couche cachée {layer} : −∂C/∂a, les poussées de chaque neurone fois ses poids, additionnées et propagées une couche plus loin.</translation>
    </message>
    <message>
        <source>Output {name}: a = {a:.4f}, wants y = {y:.0f}, nudge {nudge:+.4f}. ∂a/∂b = {da_db:.4f}, so −∂C/∂b = {db:+.4f} (backprop). Cost of this example C = {C:.4f}.</source>
        <translation>Sortie {name} : a = {a:.4f}, veut y = {y:.0f}, poussée {nudge:+.4f}. ∂a/∂b = {da_db:.4f}, donc −∂C/∂b = {db:+.4f} (rétropropagation). Coût de cet exemple C = {C:.4f}.</translation>
    </message>
    <message>
        <source>Step applied: this example&apos;s cost {before:.4f} → {after:.4f} (first-order estimate {estimate:.4f}).</source>
        <translation>Pas appliqué : coût de cet exemple {before:.4f} → {after:.4f} (estimation au premier ordre {estimate:.4f}).</translation>
    </message>
    <message>
        <source>One-example step: cost {before:.4f} → {after:.4f}</source>
        <translation>Pas sur un exemple : coût {before:.4f} → {after:.4f}</translation>
    </message>
    <message>
        <source>The nudge each output neuron wants, −∂C/∂a: up for the wanted class, down for the others; for the quadratic cost exactly y − a.
Click a neuron to see the three ways to raise it.</source>
        <translation>La poussée que veut chaque neurone de sortie, −∂C/∂a : vers le haut pour la classe voulue, vers le bas pour les autres ; pour le coût quadratique, exactement y − a.
Cliquez sur un neurone pour voir les trois façons de l&apos;augmenter.</translation>
    </message>
    <message>
        <source>Ask the network for {name}: y = 1 for {name}, 0 for the others</source>
        <translation>Demander {name} au réseau : y = 1 pour {name}, 0 pour les autres</translation>
    </message>
    <message>
        <source>A random mini-batch of {n} training examples:</source>
        <translation type="vanished">Un mini-lot aléatoire de {n} exemples d&apos;entraînement :</translation>
    </message>
    <message>
        <source>training example {i:,}</source>
        <translation>exemple d&apos;entraînement {i:,}</translation>
    </message>
</context>
<context>
    <name>BatchPage</name>
    <message>
        <source>A training step does not follow one example. Every example of the mini-batch has its own wishes; gradient descent moves by their &lt;b&gt;average&lt;/b&gt; (last row).</source>
        <translation>Un pas d&apos;entraînement ne suit pas un seul exemple. Chaque exemple du mini-lot a ses propres souhaits ; la descente de gradient suit leur &lt;b&gt;moyenne&lt;/b&gt; (dernière ligne).</translation>
    </message>
    <message>
        <source>Pick another mini-batch</source>
        <translation>Choisir un autre mini-lot</translation>
    </message>
    <message>
        <source>Take a random mini-batch from the training set.</source>
        <translation>Prendre un mini-lot aléatoire dans l&apos;ensemble d&apos;entraînement.</translation>
    </message>
    <message>
        <source>show </source>
        <translation>afficher </translation>
    </message>
    <message>
        <source> examples</source>
        <translation> exemples</translation>
    </message>
    <message>
        <source>&lt;b&gt;image&lt;/b&gt;</source>
        <translation>&lt;b&gt;image&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;wishes: outputs&lt;/b&gt;</source>
        <translation>&lt;b&gt;souhaits : sorties&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A random mini-batch of {n} training examples:</source>
        <translation>Un mini-lot aléatoire de {n} exemples d&apos;entraînement :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step mini-batch&lt;/b&gt; trained on these {n} images. Their cost: &lt;b&gt;{b:.4f} → {a:.4f}&lt;/b&gt; ({d:+.1f} %) after one step down the average gradient.</source>
        <translation>&lt;b&gt;Pas de mini-lot&lt;/b&gt; entraîné sur ces {n} images. Leur coût : &lt;b&gt;{b:.4f} → {a:.4f}&lt;/b&gt; ({d:+.1f} %) après un pas le long du gradient moyen.</translation>
    </message>
    <message>
        <source>What each of them wanted just before the step:</source>
        <translation>Ce que chacun voulait juste avant le pas :</translation>
    </message>
    <message>
        <source>&lt;b&gt;last hidden layer&lt;/b&gt;</source>
        <translation>&lt;b&gt;dernière couche cachée&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;average&lt;/b&gt;&lt;br&gt;of all {n}&lt;br&gt;(×{f:.0f})</source>
        <translation>&lt;b&gt;moyenne&lt;/b&gt;&lt;br&gt;des {n}&lt;br&gt;(×{f:.0f})</translation>
    </message>
    <message>
        <source>The mean of every example&apos;s wishes: the direction of the step. Drawn magnified by the factor shown, since the wishes partly cancel.</source>
        <translation>La moyenne des souhaits de tous les exemples : la direction du pas. Dessinée agrandie du facteur indiqué, car les souhaits s&apos;annulent en partie.</translation>
    </message>
    <message>
        <source>wants {t}, cost {c:.3f}</source>
        <translation>veut {t}, coût {c:.3f}</translation>
    </message>
</context>
<context>
    <name>ChainPanel</name>
    <message>
        <source>the weight of the last link</source>
        <translation>le poids du dernier maillon</translation>
    </message>
    <message>
        <source>the bias of the last neuron</source>
        <translation>le biais du dernier neurone</translation>
    </message>
    <message>
        <source>the previous neuron&apos;s activation, this link&apos;s input</source>
        <translation>l&apos;activation du neurone précédent, l&apos;entrée de ce maillon</translation>
    </message>
    <message>
        <source>the desired output</source>
        <translation>la sortie souhaitée</translation>
    </message>
    <message>
        <source>(a − y)²  (no ½)</source>
        <translation>(a − y)²  (sans ½)</translation>
    </message>
    <message>
        <source>check</source>
        <translation>vérification</translation>
    </message>
    <message>
        <source>The toy follows the video: C₀ = (a − y)², so ∂C₀/∂a = 2(a − y). The app&apos;s networks use the seed&apos;s ½(a − y)², whose gradients are half as large.</source>
        <translation>Le jouet suit la vidéo : C₀ = (a − y)², donc ∂C₀/∂a = 2(a − y). Les réseaux de l&apos;application utilisent ½(a − y)², dont les gradients sont deux fois plus petits.</translation>
    </message>
    <message>
        <source>Chain rule: one neuron per layer</source>
        <translation>Règle de la chaîne : un neurone par couche</translation>
    </message>
    <message>
        <source>{what} (arrow keys: 0.01, Page Up/Down: 0.25)</source>
        <translation>{what} (flèches : 0,01, Page préc./suiv. : 0,25)</translation>
    </message>
    <message>
        <source>C₀ = (a − y)², as in the video</source>
        <translation>C₀ = (a − y)², comme dans la vidéo</translation>
    </message>
    <message>
        <source>C₀ as a function of w (the other values fixed); the highlighted tangent has slope ∂C₀/∂w at the current w.</source>
        <translation>C₀ en fonction de w (les autres valeurs fixées) ; la tangente mise en évidence a pour pente ∂C₀/∂w au w actuel.</translation>
    </message>
    <message>
        <source>The chain of the lesson: each neuron&apos;s activation feeds the next through one weight and bias; C₀ compares a(L) with y. Under each neuron: how much C₀ changes when that activation changes (the chain rule, one link at a time).</source>
        <translation>La chaîne de la leçon : l&apos;activation de chaque neurone alimente le suivant par un poids et un biais ; C₀ compare a(L) à y. Sous chaque neurone : de combien C₀ change quand cette activation change (la règle de dérivation en chaîne, maillon par maillon).</translation>
    </message>
</context>
<context>
    <name>ChainPicture</name>
    <message>
        <source>C₀ = (a(L) − y)²: the chain rule multiplies the derivatives along the arrows, from C₀ back to each weight</source>
        <translation>C₀ = (a(L) − y)² : la règle de dérivation en chaîne multiplie les dérivées le long des flèches, de C₀ jusqu&apos;à chaque poids</translation>
    </message>
</context>
<context>
    <name>CheckedSpinBox</name>
    <message>
        <source>{what} must be a whole number from {low} to {high}{note}.</source>
        <translation>{what} doit être un nombre entier de {low} à {high}{note}.</translation>
    </message>
    <message>
        <source>{what} must be a number from {low} to {high}{note}.</source>
        <translation>{what} doit être un nombre de {low} à {high}{note}.</translation>
    </message>
    <message>
        <source> Kept {value}.</source>
        <translation> {value} conservé.</translation>
    </message>
</context>
<context>
    <name>ChoiceNames</name>
    <message>
        <source>sigmoid</source>
        <translation>sigmoid</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>softmax</source>
        <translation>softmax</translation>
    </message>
    <message>
        <source>quadratic</source>
        <translation>quadratique</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>entropie croisée</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normale</translation>
    </message>
    <message>
        <source>scaled</source>
        <translation>mise à l&apos;échelle</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>constant</translation>
    </message>
    <message>
        <source>step</source>
        <translation>par paliers</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>cosinus</translation>
    </message>
</context>
<context>
    <name>ClassNames</name>
    <message>
        <source>T-shirt/top</source>
        <translation>T-shirt/haut</translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation>Pantalon</translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation>Pull</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>Robe</translation>
    </message>
    <message>
        <source>Coat</source>
        <translation>Manteau</translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation>Sandale</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>Chemise</translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation>Basket</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>Sac</translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation>Bottine</translation>
    </message>
    <message>
        <source>Recognised: {name} ({value})</source>
        <comment>a class name, without an article</comment>
        <translation>Reconnu : {name} ({value})</translation>
    </message>
    <message>
        <source>Perhaps: {name} ({value})</source>
        <comment>a class name, without an article</comment>
        <translation>Peut-être : {name} ({value})</translation>
    </message>
    <message>
        <source>It&apos;s an {digit} ({value})</source>
        <comment>a digit said with &apos;an&apos;</comment>
        <translation>C&apos;est un {digit} ({value})</translation>
    </message>
    <message>
        <source>It&apos;s a {digit} ({value})</source>
        <comment>a digit said with &apos;a&apos;</comment>
        <translation>C&apos;est un {digit} ({value})</translation>
    </message>
    <message>
        <source>Maybe an {digit} ({value})</source>
        <comment>a digit said with &apos;an&apos;</comment>
        <translation>Peut-être un {digit} ({value})</translation>
    </message>
    <message>
        <source>Maybe a {digit} ({value})</source>
        <comment>a digit said with &apos;a&apos;</comment>
        <translation>Peut-être un {digit} ({value})</translation>
    </message>
</context>
<context>
    <name>ClassOverview</name>
    <message>
        <source>training examples</source>
        <translation>exemples d&apos;entraînement</translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <source>Compare with a saved model…</source>
        <translation>Comparer avec un modèle enregistré…</translation>
    </message>
    <message>
        <source>Load an nnviz model file (.npz) and evaluate it on the same test images as the current network</source>
        <translation>Charger un fichier de modèle nnviz (.npz) et l&apos;évaluer sur les mêmes images de test que le réseau actuel</translation>
    </message>
    <message>
        <source>Load a saved model to see its accuracy and confusion matrix beside the current network&apos;s.</source>
        <translation>Chargez un modèle enregistré pour voir son exactitude et sa matrice de confusion à côté de celles du réseau actuel.</translation>
    </message>
    <message>
        <source>Compare with a saved model</source>
        <translation>Comparer avec un modèle enregistré</translation>
    </message>
    <message>
        <source>nnviz model (*.npz)</source>
        <translation>modèle nnviz (*.npz)</translation>
    </message>
    <message>
        <source>Cannot compare: {reason}</source>
        <translation>Comparaison impossible : {reason}</translation>
    </message>
    <message>
        <source>current network: {accuracy:.2f} %</source>
        <translation>réseau actuel : {accuracy:.2f} %</translation>
    </message>
    <message>
        <source>On {n:,} test images the two agree {agree:.1f} % of the time. Only the current network is right on {only_a:,}; only {name} on {only_b:,}.</source>
        <translation>Sur {n:,} images de test, les deux sont d&apos;accord dans {agree:.1f} % des cas. Seul le réseau actuel a raison sur {only_a:,} ; seul {name} sur {only_b:,}.</translation>
    </message>
</context>
<context>
    <name>ComputedPanel</name>
    <message>
        <source>{what} needs a network and training data: load a dataset in the Training panel first.</source>
        <translation>{what} a besoin d&apos;un réseau et de données d&apos;entraînement : chargez d&apos;abord un jeu de données dans le panneau Entraînement.</translation>
    </message>
    <message>
        <source>The network and the data do not fit together; press Reset.</source>
        <translation>Le réseau et les données ne vont pas ensemble ; appuyez sur Réinitialiser.</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <source>predicted →</source>
        <translation>prédit →</translation>
    </message>
    <message>
        <source>true →</source>
        <translation>vrai →</translation>
    </message>
    <message>
        <source>right</source>
        <translation>juste</translation>
    </message>
    <message>
        <source>taken for {other}</source>
        <translation>pris pour {other}</translation>
    </message>
    <message>
        <source>true {true}, predicted {predicted}: {n:,} images ({share:.1f} % of the {true}s, {what}). Click to see them.</source>
        <translation>vrai {true}, prédit {predicted} : {n:,} images ({share:.1f} % des {true}, {what}). Cliquez pour les voir.</translation>
    </message>
</context>
<context>
    <name>CostView</name>
    <message>
        <source>each mini-batch</source>
        <translation>chaque mini-lot</translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation>lissé</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>exactitude en test</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>échelle log.</translation>
    </message>
    <message>
        <source>Logarithmic cost axis: late, small improvements stay visible.</source>
        <translation>Axe du coût logarithmique : les petites améliorations tardives restent visibles.</translation>
    </message>
    <message>
        <source>first epoch</source>
        <translation>première époque</translation>
    </message>
    <message>
        <source>Zoom to the start of the run, where the cost falls fastest; untick to see the whole run again.</source>
        <translation>Zoomer sur le début de l&apos;exécution, là où le coût baisse le plus vite ; décochez pour revoir toute l&apos;exécution.</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>coût</translation>
    </message>
    <message>
        <source>test accuracy (%)</source>
        <translation>exactitude en test (%)</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>exactitude (%)</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>époques</translation>
    </message>
    <message>
        <source>mini-batches</source>
        <translation>mini-lots</translation>
    </message>
</context>
<context>
    <name>DamagePlot</name>
    <message>
        <source>accuracy (%)</source>
        <translation>exactitude (%)</translation>
    </message>
    <message>
        <source>damage</source>
        <translation>dégradation</translation>
    </message>
    <message>
        <source>chance</source>
        <translation>hasard</translation>
    </message>
</context>
<context>
    <name>DataController</name>
    <message>
        <source>Download MNIST</source>
        <translation>Télécharger MNIST</translation>
    </message>
    <message>
        <source>Fetch the four MNIST files (about 11 MB), check them and keep them in your cache folder.</source>
        <translation>Récupérer les quatre fichiers MNIST (environ 11 Mo), les vérifier et les garder dans votre dossier de cache.</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <source>Use MNIST .gz files you already have.</source>
        <translation>Utiliser des fichiers .gz MNIST que vous avez déjà.</translation>
    </message>
    <message>
        <source>Use synthetic digits</source>
        <translation>Chiffres synthétiques</translation>
    </message>
    <message>
        <source>Digits drawn by nnviz itself: works offline, but they are not real handwriting.</source>
        <translation>Des chiffres dessinés par nnviz lui-même : fonctionne hors ligne, mais ce n&apos;est pas une vraie écriture manuscrite.</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>Chargement de {name}…</translation>
    </message>
    <message>
        <source>{name}: {train:,} training and {test:,} test images</source>
        <translation>{name} : {train:,} images d&apos;entraînement et {test:,} de test</translation>
    </message>
    <message>
        <source> — generated by nnviz, not real handwriting</source>
        <translation> — générées par nnviz, pas une vraie écriture manuscrite</translation>
    </message>
    <message>
        <source>{message}
Still using {name}.</source>
        <translation>{message}
{name} reste utilisé.</translation>
    </message>
    <message>
        <source>MNIST isn&apos;t on this computer yet: download it (11 MB, checksums verified), choose a folder that holds it, or train on nnviz&apos;s synthetic digits. The pretrained network and the drawing pad already work.</source>
        <translation>MNIST n&apos;est pas encore sur cet ordinateur : téléchargez-le (11 Mo, sommes de contrôle vérifiées), choisissez un dossier qui le contient, ou entraînez sur les chiffres synthétiques de nnviz. Le réseau pré-entraîné et la zone de dessin fonctionnent déjà.</translation>
    </message>
    <message>
        <source>MNIST could not be loaded: {message} Choose another folder, download a fresh copy, or train on nnviz&apos;s synthetic digits.</source>
        <translation>MNIST n&apos;a pas pu être chargé : {message} Choisissez un autre dossier, téléchargez une nouvelle copie, ou entraînez sur les chiffres synthétiques de nnviz.</translation>
    </message>
    <message>
        <source>Could not load the dataset</source>
        <translation>Impossible de charger le jeu de données</translation>
    </message>
    <message>
        <source>Downloading MNIST…</source>
        <translation>Téléchargement de MNIST…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Downloading {name} into {folder}…</source>
        <translation>Téléchargement de {name} dans {folder}…</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Échec du téléchargement</translation>
    </message>
    <message>
        <source>Check your internet connection and try again, or choose a folder that already holds MNIST.</source>
        <translation>Vérifiez votre connexion internet et réessayez, ou choisissez un dossier qui contient déjà MNIST.</translation>
    </message>
    <message>
        <source>Folder with the four MNIST .gz files</source>
        <translation>Dossier contenant les quatre fichiers .gz MNIST</translation>
    </message>
    <message>
        <source>Imported: {name}</source>
        <translation>Importé : {name}</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Pixels</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Augmentation</translation>
    </message>
    <message>
        <source>Training set</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Test set</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Which images to browse: the ones the network learns from, or the ones kept apart to test it.</source>
        <translation>Quelles images parcourir : celles dont le réseau apprend, ou celles mises de côté pour le tester.</translation>
    </message>
    <message>
        <source>Show every class, or only the images of one class.</source>
        <translation>Afficher toutes les classes, ou seulement les images d&apos;une classe.</translation>
    </message>
    <message>
        <source>Previous page (PgUp)</source>
        <translation>Page précédente (Pg préc.)</translation>
    </message>
    <message>
        <source>Next page (PgDown)</source>
        <translation>Page suivante (Pg suiv.)</translation>
    </message>
    <message>
        <source>No dataset loaded yet.</source>
        <translation>Aucun jeu de données chargé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Click an image to send it through the network.</source>
        <translation>Cliquez sur une image pour la faire passer dans le réseau.</translation>
    </message>
    <message>
        <source>Each class&apos;s average image (every pixel the mean of that pixel over the class) and how many training images it has; a class with few examples is learnt less well.</source>
        <translation>L&apos;image moyenne de chaque classe (chaque pixel est la moyenne de ce pixel sur la classe) et combien d&apos;images d&apos;entraînement elle compte ; une classe avec peu d&apos;exemples est moins bien apprise.</translation>
    </message>
    <message>
        <source>Average image and number of training images per class</source>
        <translation>Image moyenne et nombre d&apos;images d&apos;entraînement par classe</translation>
    </message>
    <message>
        <source>Other images</source>
        <translation>Autres images</translation>
    </message>
    <message>
        <source>Pick other training images and new random jitter.</source>
        <translation>Choisir d&apos;autres images d&apos;entraînement et de nouvelles perturbations aléatoires.</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>As the network sees them while training</source>
        <translation>Telles que le réseau les voit pendant l&apos;entraînement</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Toutes les classes</translation>
    </message>
    <message>
        <source>test image {i:,}</source>
        <translation>image de test {i:,}</translation>
    </message>
    <message>
        <source>training image {i:,}</source>
        <translation>image d&apos;entraînement {i:,}</translation>
    </message>
    <message>
        <source>No images of this class.</source>
        <translation>Aucune image de cette classe.</translation>
    </message>
    <message>
        <source>page {page:,} of {pages:,}</source>
        <translation>page {page:,} sur {pages:,}</translation>
    </message>
    <message>
        <source>counting classes</source>
        <translation>comptage des classes</translation>
    </message>
    <message>
        <source>averaging each class</source>
        <translation>moyenne de chaque classe</translation>
    </message>
    <message>
        <source>counting pixel values</source>
        <translation>comptage des valeurs de pixel</translation>
    </message>
    <message>
        <source>Counting the training images…</source>
        <translation>Comptage des images d&apos;entraînement…</translation>
    </message>
    <message>
        <source>{total:,} pixels of {images:,} training images. {dark:.0%} fall in the darkest bin and {bright:.0%} in the brightest; the count axis is logarithmic so that the bins in between stay visible.</source>
        <translation>{total:,} pixels de {images:,} images d&apos;entraînement. {dark:.0%} tombent dans l&apos;intervalle le plus sombre et {bright:.0%} dans le plus clair ; l&apos;axe des effectifs est logarithmique pour que les intervalles intermédiaires restent visibles.</translation>
    </message>
    <message>
        <source>Augmentation is off. Switch it on under Training ▸ Augmentation to see what the network would get instead.</source>
        <translation>L&apos;augmentation est désactivée. Activez-la sous Entraînement ▸ Augmentation pour voir ce que le réseau recevrait à la place.</translation>
    </message>
    <message>
        <source>Augmentation: {what}. Every mini-batch gets a new random jitter; this is one draw.</source>
        <translation>Augmentation : {what}. Chaque mini-lot reçoit une nouvelle perturbation aléatoire ; ceci en est un tirage.</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>add nnviz to your application menu (your XDG data folder)</source>
        <translation>ajouter nnviz à votre menu d&apos;applications (votre dossier de données XDG)</translation>
    </message>
    <message>
        <source>remove exactly the files --install wrote</source>
        <translation>supprimer exactement les fichiers écrits par --install</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>écrit {path}</translation>
    </message>
    <message>
        <source>removed {path}</source>
        <translation>supprimé {path}</translation>
    </message>
    <message>
        <source>kept {path}: it changed after nnviz wrote it</source>
        <translation>conservé {path} : il a changé après que nnviz l&apos;a écrit</translation>
    </message>
    <message>
        <source>could not install the desktop entry: {reason}</source>
        <translation>impossible d&apos;installer l&apos;entrée de bureau : {reason}</translation>
    </message>
    <message>
        <source>nothing to uninstall: {manifest} does not exist (nnviz desktop --install writes it)</source>
        <translation>rien à désinstaller : {manifest} n&apos;existe pas (nnviz desktop --install l&apos;écrit)</translation>
    </message>
    <message>
        <source>cannot read {manifest}: {reason}</source>
        <translation>impossible de lire {manifest} : {reason}</translation>
    </message>
</context>
<context>
    <name>Download</name>
    <message>
        <source>folder to download into (default: the user cache)</source>
        <translation>dossier où télécharger (par défaut : le cache de l&apos;utilisateur)</translation>
    </message>
    <message>
        <source>MNIST is in {folder}</source>
        <translation>MNIST se trouve dans {folder}</translation>
    </message>
</context>
<context>
    <name>DrawingPad</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the last stroke (Ctrl+Z)</source>
        <translation>Annuler le dernier trait (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the pad (Esc)</source>
        <translation>Effacer la zone de dessin (Échap)</translation>
    </message>
    <message>
        <source>Pen width. MNIST digits are written with a thick pen; very thin or very thick strokes make the network less sure.</source>
        <translation>Largeur du crayon. Les chiffres de MNIST sont écrits avec un crayon épais ; des traits très fins ou très épais rendent le réseau moins sûr.</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>Crayon</translation>
    </message>
    <message>
        <source>Draw a piece of clothing here</source>
        <translation>Dessinez un vêtement ici</translation>
    </message>
    <message>
        <source>Draw something here</source>
        <translation>Dessinez quelque chose</translation>
    </message>
    <message>
        <source>Draw a digit here</source>
        <translation>Dessinez un chiffre ici</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>augmentation {name} must be a number from 0 to {top}; got {value}.</source>
        <translation>l&apos;augmentation {name} doit être un nombre de 0 à {top} ; reçu {value}.</translation>
    </message>
    <message>
        <source>augmentation shift must be a whole number of pixels; got {shift}.</source>
        <translation>le décalage de l&apos;augmentation doit être un nombre entier de pixels ; reçu {shift}.</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>import annulé</translation>
    </message>
    <message>
        <source>line {n}</source>
        <translation>ligne {n}</translation>
    </message>
    <message>
        <source>{path}: is not UTF-8 text (byte 0x{byte:02x} cannot be decoded); a CSV must be plain UTF-8 or ASCII.</source>
        <translation>{path} : n&apos;est pas du texte UTF-8 (l&apos;octet 0x{byte:02x} ne peut pas être décodé) ; un CSV doit être en UTF-8 ou ASCII simple.</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason}).</source>
        <translation>{path} : illisible ({reason}).</translation>
    </message>
    <message>
        <source>a line</source>
        <translation>une ligne</translation>
    </message>
    <message>
        <source>is longer than {most:,} characters, which no row of pixels needs.</source>
        <translation>dépasse {most:,} caractères, ce dont aucune ligne de pixels n&apos;a besoin.</translation>
    </message>
    <message>
        <source>{path}: the first line is longer than {max_line:,} characters; this is not a CSV of images.</source>
        <translation>{path} : la première ligne dépasse {max_line:,} caractères ; ce n&apos;est pas un CSV d&apos;images.</translation>
    </message>
    <message>
        <source>{path}: the file is empty or starts with an empty line.</source>
        <translation>{path} : le fichier est vide ou commence par une ligne vide.</translation>
    </message>
    <message>
        <source>{path}: the header names no label column (it starts with {first!r}); nnviz needs a label for every image.</source>
        <translation>{path} : l&apos;en-tête ne nomme aucune colonne d&apos;étiquette (il commence par {first!r}) ; nnviz a besoin d&apos;une étiquette pour chaque image.</translation>
    </message>
    <message>
        <source>{path}: rows have {n_fields} values but the training file&apos;s have {n_columns}.</source>
        <translation>{path} : les lignes ont {n_fields} valeurs, mais celles du fichier d&apos;entraînement en ont {n_columns}.</translation>
    </message>
    <message>
        <source>{path}: rows have {n_columns} values; nnviz expects a label then a square image&apos;s pixels (784 = 28×28 for MNIST).</source>
        <translation>{path} : les lignes ont {n_columns} valeurs ; nnviz attend une étiquette puis les pixels d&apos;une image carrée (784 = 28×28 pour MNIST).</translation>
    </message>
    <message>
        <source>holds a value that is not a finite number (NaN or inf).</source>
        <translation>contient une valeur qui n&apos;est pas un nombre fini (NaN ou inf).</translation>
    </message>
    <message>
        <source>label {label:g} is not a whole number from 0 to {most}.</source>
        <translation>l&apos;étiquette {label:g} n&apos;est pas un nombre entier de 0 à {most}.</translation>
    </message>
    <message>
        <source>pixel value {value:g} is outside 0–{scale:g} (the range this file&apos;s first rows use).</source>
        <translation>la valeur de pixel {value:g} est hors de 0–{scale:g} (la plage des premières lignes de ce fichier).</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>est vide.</translation>
    </message>
    <message>
        <source>has {n} values; expected {columns} (a label and {pixels} pixels).</source>
        <translation>a {n} valeurs ; attendu : {columns} (une étiquette et {pixels} pixels).</translation>
    </message>
    <message>
        <source>value {value!r} in column {column} is not a number.</source>
        <translation>la valeur {value!r} de la colonne {column} n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>{path}: no such CSV file.</source>
        <translation>{path} : ce fichier CSV n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{path}: not a regular file (a folder, device or pipe).</source>
        <translation>{path} : pas un fichier ordinaire (un dossier, un périphérique ou un tube).</translation>
    </message>
    <message>
        <source>pixels were floats from 0 to 1; stored as bytes (0–255)</source>
        <translation>les pixels étaient des flottants de 0 à 1 ; stockés en octets (0–255)</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>{name}: {part} images must be float32 (n, pixels); got {dtype} {shape}.</source>
        <translation>{name} : les images ({part}) doivent être en float32 (n, pixels) ; reçu {dtype} {shape}.</translation>
    </message>
    <message>
        <source>{name}: {part} labels must be uint8 ({n_x},); got {dtype} {shape}.</source>
        <translation>{name} : les étiquettes ({part}) doivent être en uint8 ({n_x},) ; reçu {dtype} {shape}.</translation>
    </message>
    <message>
        <source>{name}: train images have {n_inputs} pixels but test images have {pixels}.</source>
        <translation>{name} : les images d&apos;entraînement ont {n_inputs} pixels, mais les images de test en ont {pixels}.</translation>
    </message>
    <message>
        <source>{name}: a {part} label is {label} but there are only {n_classes} classes.</source>
        <translation>{name} : une étiquette ({part}) vaut {label}, mais il n&apos;y a que {n_classes} classes.</translation>
    </message>
    <message>
        <source>{name}: {n_inputs} pixels per image is not a square image.</source>
        <translation>{name} : {n_inputs} pixels par image ne forment pas une image carrée.</translation>
    </message>
    <message>
        <source>a subset needs at least one example of each; got {n_train} training and {n_test} test.</source>
        <translation>un sous-ensemble a besoin d&apos;au moins un exemple de chaque ; reçu {n_train} d&apos;entraînement et {n_test} de test.</translation>
    </message>
    <message>
        <source>images must be uint8 (n, rows, cols) or (n, pixels); got {dtype} {shape}.</source>
        <translation>les images doivent être en uint8 (n, lignes, colonnes) ou (n, pixels) ; reçu {dtype} {shape}.</translation>
    </message>
    <message>
        <source>labels must be integers in 0–255; got {dtype}.</source>
        <translation>les étiquettes doivent être des entiers dans 0–255 ; reçu {dtype}.</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>tronqué</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>connexion perdue</translation>
    </message>
    <message>
        <source>not valid gzip data</source>
        <translation>données gzip non valides</translation>
    </message>
    <message>
        <source>disk full</source>
        <translation>disque plein</translation>
    </message>
    <message>
        <source>cannot write the download into {folder}: {why}.</source>
        <translation>impossible d&apos;écrire le téléchargement dans {folder} : {why}.</translation>
    </message>
    <message>
        <source>download cancelled</source>
        <translation>téléchargement annulé</translation>
    </message>
    <message>
        <source>checksum mismatch (more data than the pinned file)</source>
        <translation>somme de contrôle incorrecte (plus de données que le fichier attendu)</translation>
    </message>
    <message>
        <source>checksum mismatch (larger than the pinned file)</source>
        <translation>somme de contrôle incorrecte (plus grand que le fichier attendu)</translation>
    </message>
    <message>
        <source>checksum mismatch</source>
        <translation>somme de contrôle incorrecte</translation>
    </message>
    <message>
        <source>no mirrors were given</source>
        <translation>aucun miroir n&apos;a été indiqué</translation>
    </message>
    <message>
        <source>could not download {name} from any mirror: {tried}.</source>
        <translation>impossible de télécharger {name} depuis un miroir : {tried}.</translation>
    </message>
    <message>
        <source>{folder}: cannot be listed ({reason}).</source>
        <translation>{folder} : impossible d&apos;en lister le contenu ({reason}).</translation>
    </message>
    <message>
        <source>is not inside a class folder (one sub-folder per class).</source>
        <translation>n&apos;est pas dans un dossier de classe (un sous-dossier par classe).</translation>
    </message>
    <message>
        <source>is a folder inside a class folder; it was not searched.</source>
        <translation>est un dossier dans un dossier de classe ; il n&apos;a pas été parcouru.</translation>
    </message>
    <message>
        <source>is not an image file ({suffix}).</source>
        <translation>n&apos;est pas un fichier image ({suffix}).</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>sans extension</translation>
    </message>
    <message>
        <source>holds no images, so it is not made a class.</source>
        <translation>ne contient aucune image ; il ne devient donc pas une classe.</translation>
    </message>
    <message>
        <source>could not be read as an image ({e}).</source>
        <translation>n&apos;a pas pu être lu comme une image ({e}).</translation>
    </message>
    <message>
        <source>is blank: no ink was found.</source>
        <translation>est vierge : aucune encre n&apos;a été trouvée.</translation>
    </message>
    <message>
        <source>{root}: not a folder.</source>
        <translation>{root} : pas un dossier.</translation>
    </message>
    <message>
        <source>image folder</source>
        <translation>dossier d&apos;images</translation>
    </message>
    <message>
        <source>used {folder}/ as the test set</source>
        <translation>{folder}/ utilisé comme ensemble de test</translation>
    </message>
    <message>
        <source>{root}: no images found; expected one sub-folder per class holding PNG, JPEG or BMP pictures (e.g. {name}/7/my-seven.png).</source>
        <translation>{root} : aucune image trouvée ; il faut un sous-dossier par classe contenant des images PNG, JPEG ou BMP (par ex. {name}/7/my-seven.png).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>{path}: is a folder, not an IDX file.</source>
        <translation>{path} : est un dossier, pas un fichier IDX.</translation>
    </message>
    <message>
        <source>{path}: file not found.</source>
        <translation>{path} : fichier introuvable.</translation>
    </message>
    <message>
        <source>{path}: is not a regular {what} (a device, pipe or socket); nnviz reads only ordinary files.</source>
        <translation>{path} : n&apos;est pas un {what} ordinaire (un périphérique, un tube ou un socket) ; nnviz ne lit que des fichiers ordinaires.</translation>
    </message>
    <message>
        <source>{path}: header says {shape} ({body:,} bytes), more than the {gb} GiB nnviz reads from one IDX file.</source>
        <translation>{path} : l&apos;en-tête annonce {shape} ({body:,} octets), plus que les {gb} Gio que nnviz lit dans un fichier IDX.</translation>
    </message>
    <message>
        <source>{path}: header says {shape} ({body:,} bytes) but the file holds {held:,} bytes after its {length}-byte header.</source>
        <translation>{path} : l&apos;en-tête annonce {shape} ({body:,} octets), mais le fichier contient {held:,} octets après son en-tête de {length} octets.</translation>
    </message>
    <message>
        <source>{path}: the gzip data is truncated or corrupt ({err}).</source>
        <translation>{path} : les données gzip sont tronquées ou corrompues ({err}).</translation>
    </message>
    <message>
        <source>{path}: header says {shape} ({body:,} bytes) but the file holds fewer bytes after its {length}-byte header.</source>
        <translation>{path} : l&apos;en-tête annonce {shape} ({body:,} octets), mais le fichier contient moins d&apos;octets après son en-tête de {length} octets.</translation>
    </message>
    <message>
        <source>{path}: header says {shape} ({body:,} bytes) but the file holds more bytes after its {length}-byte header.</source>
        <translation>{path} : l&apos;en-tête annonce {shape} ({body:,} octets), mais le fichier contient plus d&apos;octets après son en-tête de {length} octets.</translation>
    </message>
    <message>
        <source>{n:,} images of {rows}×{cols}</source>
        <translation>{n:,} images de {rows}×{cols}</translation>
    </message>
    <message>
        <source>{n:,} labels</source>
        <translation>{n:,} étiquettes</translation>
    </message>
    <message>
        <source>{path}: the file is empty.</source>
        <translation>{path} : le fichier est vide.</translation>
    </message>
    <message>
        <source>{path}: only {n_data} bytes, too short for an IDX header.</source>
        <translation>{path} : seulement {n_data} octets, trop court pour un en-tête IDX.</translation>
    </message>
    <message>
        <source>{path}: not an IDX file (magic number 0x{magic:08x}, expected 0x{expected:08x} for {what}).</source>
        <translation>{path} : pas un fichier IDX (nombre magique 0x{magic:08x}, attendu 0x{expected:08x} pour {what}).</translation>
    </message>
    <message>
        <source>{path}: element type 0x{kind:02x} is not supported (only unsigned bytes, 0x{ubyte:02x}).</source>
        <translation>{path} : le type d&apos;élément 0x{kind:02x} n&apos;est pas pris en charge (seulement des octets non signés, 0x{ubyte:02x}).</translation>
    </message>
    <message>
        <source>{path}: has {dims} dimension(s) but {what} need {ndim} (magic 0x{magic:08x}, expected 0x{expected:08x}).</source>
        <translation>{path} : a {dims} dimension(s), mais les {what} en demandent {ndim} (nombre magique 0x{magic:08x}, attendu 0x{expected:08x}).</translation>
    </message>
    <message>
        <source>{path}: the {header}-byte header is cut short at {n_data} bytes.</source>
        <translation>{path} : l&apos;en-tête de {header} octets s&apos;arrête à {n_data} octets.</translation>
    </message>
    <message>
        <source>{path}: header says images of {rows}×{cols}, which is empty.</source>
        <translation>{path} : l&apos;en-tête annonce des images de {rows}×{cols}, donc vides.</translation>
    </message>
    <message>
        <source>images</source>
        <translation>images</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>{images_path} holds {n_images} images but {labels_path} holds {n_labels} labels.</source>
        <translation>{images_path} contient {n_images} images, mais {labels_path} contient {n_labels} étiquettes.</translation>
    </message>
    <message>
        <source>{images_path}: holds no images.</source>
        <translation>{images_path} : ne contient aucune image.</translation>
    </message>
    <message>
        <source>{labels_path}: label {label} at index {index} is outside 0–{top} ({size} such labels).</source>
        <translation>{labels_path} : l&apos;étiquette {label} à l&apos;indice {index} est hors de 0–{top} ({size} étiquettes de ce genre).</translation>
    </message>
    <message>
        <source>test images</source>
        <translation>images de test</translation>
    </message>
    <message>
        <source>test labels</source>
        <translation>étiquettes de test</translation>
    </message>
    <message>
        <source>class-names file</source>
        <translation>fichier de noms de classes</translation>
    </message>
    <message>
        <source>{path}: a class-names file of more than {mb} MB; nnviz takes at most {max_classes} short names, one per line.</source>
        <translation>{path} : un fichier de noms de classes de plus de {mb} Mo ; nnviz accepte au plus {max_classes} noms courts, un par ligne.</translation>
    </message>
    <message>
        <source>{path}: cannot read the class names ({e}).</source>
        <translation>{path} : impossible de lire les noms de classes ({e}).</translation>
    </message>
    <message>
        <source>{path}: the class-names file is empty.</source>
        <translation>{path} : le fichier de noms de classes est vide.</translation>
    </message>
    <message>
        <source>{path}: label {text} in the mapping is larger than {max_label}.</source>
        <translation>{path} : l&apos;étiquette {text} de la correspondance dépasse {max_label}.</translation>
    </message>
    <message>
        <source>{path}: {text} in the mapping is not a Unicode character code.</source>
        <translation>{path} : {text} dans la correspondance n&apos;est pas un code de caractère Unicode.</translation>
    </message>
    <message>
        <source>{images}: test images are {rows}×{cols}; nnviz needs square images.</source>
        <translation>{images} : les images de test font {rows}×{cols} ; nnviz a besoin d&apos;images carrées.</translation>
    </message>
    <message>
        <source>{images}: training images are {rows}×{cols}; nnviz needs square images.</source>
        <translation>{images} : les images d&apos;entraînement font {rows}×{cols} ; nnviz a besoin d&apos;images carrées.</translation>
    </message>
    <message>
        <source>a test set needs both its images and its labels file.</source>
        <translation>un ensemble de test a besoin de son fichier d&apos;images et de son fichier d&apos;étiquettes.</translation>
    </message>
    <message>
        <source>{test_images}: test images are {test_rows}×{test_cols} but training images are {train_rows}×{train_cols}.</source>
        <translation>{test_images} : les images de test font {test_rows}×{test_cols}, mais les images d&apos;entraînement {train_rows}×{train_cols}.</translation>
    </message>
    <message>
        <source>images were transposed (EMNIST stores them column by column)</source>
        <translation>les images ont été transposées (EMNIST les stocke colonne par colonne)</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({e}).</source>
        <translation>{path} : illisible ({e}).</translation>
    </message>
    <message>
        <source>{p}: not an IDX images or labels file (magic 0x{magic:08x}).</source>
        <translation>{p} : pas un fichier IDX d&apos;images ni d&apos;étiquettes (nombre magique 0x{magic:08x}).</translation>
    </message>
    <message>
        <source>both {name} and {name2} look like the {kind} file.</source>
        <translation>{name} et {name2} ressemblent tous deux au fichier des {kind}.</translation>
    </message>
    <message>
        <source>choose at least an IDX images file and its labels file.</source>
        <translation>choisissez au moins un fichier IDX d&apos;images et son fichier d&apos;étiquettes.</translation>
    </message>
    <message>
        <source>imported {n:,} images in {classes} classes from {kind} {source} ({train:,} training, {test:,} test); skipped {skipped:,} item(s)</source>
        <translation>{n:,} images importées en {classes} classes depuis {kind} {source} ({train:,} d&apos;entraînement, {test:,} de test) ; {skipped:,} élément(s) ignoré(s)</translation>
    </message>
    <message>
        <source>imported {n:,} images in {classes} classes from {kind} {source} ({train:,} training, {test:,} test)</source>
        <translation>{n:,} images importées en {classes} classes depuis {kind} {source} ({train:,} d&apos;entraînement, {test:,} de test)</translation>
    </message>
    <message>
        <source>the test fraction must lie between 0 and 1; got {fraction:g}.</source>
        <translation>la part de test doit être entre 0 et 1 ; reçu {fraction:g}.</translation>
    </message>
    <message>
        <source>the class-names file has {n_names} names but the labels take {n_values} values (up to {largest}).</source>
        <translation>le fichier de noms de classes a {n_names} noms, mais les étiquettes prennent {n_values} valeurs (jusqu&apos;à {largest}).</translation>
    </message>
    <message>
        <source> The first problem: {where}: {reason}</source>
        <translation> Premier problème : {where} : {reason}</translation>
    </message>
    <message>
        <source>{origin}: no usable images ({n_skipped} item(s) skipped).{first}</source>
        <translation>{origin} : aucune image utilisable ({n_skipped} élément(s) ignoré(s)).{first}</translation>
    </message>
    <message>
        <source>{origin}: the labels take {n_values:,} different values; nnviz handles at most {max_classes} classes. Is the label column right?</source>
        <translation>{origin} : les étiquettes prennent {n_values:,} valeurs différentes ; nnviz gère au plus {max_classes} classes. La colonne d&apos;étiquettes est-elle la bonne ?</translation>
    </message>
    <message>
        <source>{origin}: a single image cannot be split into training and test.</source>
        <translation>{origin} : une seule image ne peut pas être partagée entre entraînement et test.</translation>
    </message>
    <message>
        <source>held back {n:,} images ({fraction:.0%} of each class, seed {seed}) as the test set</source>
        <translation>{n:,} images ({fraction:.0%} de chaque classe, graine {seed}) mises de côté comme ensemble de test</translation>
    </message>
    <message>
        <source>the data folder</source>
        <translation>le dossier de données</translation>
    </message>
    <message>
        <source>{chosen_by} {folder} is not a folder.</source>
        <translation>{chosen_by} {folder} n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>{chosen_by} {folder} lacks {missing} (as .gz or uncompressed).</source>
        <translation>{chosen_by} {folder} : il manque {missing} (en .gz ou non compressé).</translation>
    </message>
    <message>
        <source>{variable} folder</source>
        <translation>le dossier de {variable}</translation>
    </message>
    <message>
        <source>{folder}: training images are {train_rows}×{train_cols} but test images are {test_rows}×{test_cols}.</source>
        <translation>{folder} : les images d&apos;entraînement font {train_rows}×{train_cols}, mais les images de test {test_rows}×{test_cols}.</translation>
    </message>
    <message>
        <source>MNIST was not found (looked in {folder}); pass --data DIR or set {data_env} to a folder holding the four IDX files, run `nnviz download`, or use --dataset synthetic.</source>
        <translation>MNIST est introuvable (cherché dans {folder}) ; passez --data DIR ou faites pointer {data_env} vers un dossier contenant les quatre fichiers IDX, lancez `nnviz download` ou utilisez --dataset synthetic.</translation>
    </message>
    <message>
        <source>Fashion-MNIST was not found in {fashion_system_dir} or {folder}; install the Debian package dataset-fashion-mnist or pass --data DIR.</source>
        <translation>Fashion-MNIST est introuvable dans {fashion_system_dir} et dans {folder} ; installez le paquet Debian dataset-fashion-mnist ou passez --data DIR.</translation>
    </message>
    <message>
        <source>unknown dataset {name!r}; choose one of {datasets}.</source>
        <translation>jeu de données inconnu {name!r} ; choisissez parmi {datasets}.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>{target} is not a regular file; it was not replaced.</source>
        <translation>{target} n&apos;est pas un fichier ordinaire ; il n&apos;a pas été remplacé.</translation>
    </message>
    <message>
        <source>{target} is read-only; it was not replaced.</source>
        <translation>{target} est en lecture seule ; il n&apos;a pas été remplacé.</translation>
    </message>
    <message>
        <source>{name}: not readable JSON ({e}).</source>
        <translation>{name} : pas du JSON lisible ({e}).</translation>
    </message>
    <message>
        <source>{name}: not an nnviz network in JSON (no &apos;format&apos; marker).</source>
        <translation>{name} : pas un réseau nnviz en JSON (pas de marqueur &apos;format&apos;).</translation>
    </message>
    <message>
        <source>{name}: incomplete or malformed ({e}).</source>
        <translation>{name} : incomplet ou mal formé ({e}).</translation>
    </message>
    <message>
        <source>{name}: {e}</source>
        <translation>{name} : {e}</translation>
    </message>
    <message>
        <source>{name}: the arrays do not match the layer sizes {sizes}.</source>
        <translation>{name} : les tableaux ne correspondent pas aux tailles de couches {sizes}.</translation>
    </message>
    <message>
        <source>no such model file</source>
        <translation>ce fichier de modèle n&apos;existe pas</translation>
    </message>
    <message>
        <source>not an nnviz model (an .npz file is a zip archive; this is not)</source>
        <translation>pas un modèle nnviz (un fichier .npz est une archive ZIP ; celui-ci non)</translation>
    </message>
    <message>
        <source>{name}: {missing}.</source>
        <translation>{name} : {missing}.</translation>
    </message>
    <message>
        <source>{name}: not a regular file (a folder, device or pipe).</source>
        <translation>{name} : pas un fichier ordinaire (un dossier, un périphérique ou un tube).</translation>
    </message>
    <message>
        <source>{name}: {not_zip}.</source>
        <translation>{name} : {not_zip}.</translation>
    </message>
    <message>
        <source>{name}: damaged .npz archive ({error}: {e}).</source>
        <translation>{name} : archive .npz endommagée ({error} : {e}).</translation>
    </message>
    <message>
        <source>{name}: holds {n_members:,} arrays; an nnviz file has at most {max_members}, so it is damaged or not nnviz&apos;s.</source>
        <translation>{name} : contient {n_members:,} tableaux ; un fichier nnviz en a au plus {max_members}, il est donc endommagé ou ne vient pas de nnviz.</translation>
    </message>
    <message>
        <source>{name}: {filename} is compressed with a method nnviz does not write (zip method {compress_type}).</source>
        <translation>{name} : {filename} est compressé avec une méthode que nnviz n&apos;écrit pas (méthode ZIP {compress_type}).</translation>
    </message>
    <message>
        <source>{name}: {member} has a damaged array header ({error}).</source>
        <translation>{name} : {member} a un en-tête de tableau endommagé ({error}).</translation>
    </message>
    <message>
        <source>{name}: contains pickled Python objects, which nnviz refuses to load because unpickling can run code.</source>
        <translation>{name} : contient des objets Python sérialisés (pickle), que nnviz refuse de charger car les désérialiser peut exécuter du code.</translation>
    </message>
    <message>
        <source>{name}: {member} holds {count:,} values; nnviz opens files with at most {most:,} there.</source>
        <translation>{name} : {member} contient {count:,} valeurs ; nnviz ouvre les fichiers qui en ont au plus {most:,} à cet endroit.</translation>
    </message>
    <message>
        <source>{name}: {member} announces shape {shape} ({dtype}), more than the {mb} MiB nnviz reads from one file; the file is damaged or not nnviz&apos;s.</source>
        <translation>{name} : {member} annonce la forme {shape} ({dtype}), plus que les {mb} Mio que nnviz lit dans un fichier ; le fichier est endommagé ou ne vient pas de nnviz.</translation>
    </message>
    <message>
        <source>{name}: {member} announces shape {shape} ({dtype}) but holds fewer bytes of data; the file is damaged.</source>
        <translation>{name} : {member} annonce la forme {shape} ({dtype}), mais contient moins d&apos;octets de données ; le fichier est endommagé.</translation>
    </message>
    <message>
        <source>{name}: {member} announces shape {shape} ({dtype}) but holds more bytes of data; the file is damaged.</source>
        <translation>{name} : {member} annonce la forme {shape} ({dtype}), mais contient plus d&apos;octets de données ; le fichier est endommagé.</translation>
    </message>
    <message>
        <source>{name}: {key} holds text that is not valid Unicode.</source>
        <translation>{name} : {key} contient du texte qui n&apos;est pas de l&apos;Unicode valide.</translation>
    </message>
    <message>
        <source>{name}: an .npz file, but not an nnviz model (no &apos;format&apos; marker).</source>
        <translation>{name} : un fichier .npz, mais pas un modèle nnviz (pas de marqueur &apos;format&apos;).</translation>
    </message>
    <message>
        <source>{name}: missing {missing}.</source>
        <translation>{name} : il manque {missing}.</translation>
    </message>
    <message>
        <source>{name}: &apos;sizes&apos; must be a list of whole numbers.</source>
        <translation>{name} : &apos;sizes&apos; doit être une liste de nombres entiers.</translation>
    </message>
    <message>
        <source>{name}: missing array {key} for layer {layer}.</source>
        <translation>{name} : il manque le tableau {key} de la couche {layer}.</translation>
    </message>
    <message>
        <source>{name}: {key} has shape {shape} ({dtype}), expected {expected} floats for layers {sizes}.</source>
        <translation>{name} : {key} a la forme {shape} ({dtype}), attendu {expected} flottants pour les couches {sizes}.</translation>
    </message>
    <message>
        <source>{name}: {key} contains NaN or infinite values.</source>
        <translation>{name} : {key} contient des valeurs NaN ou infinies.</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ce fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>not an nnviz run (a run is an .npz zip archive; this is not)</source>
        <translation>pas un entraînement nnviz (un entraînement est une archive ZIP .npz ; celui-ci non)</translation>
    </message>
    <message>
        <source>a saved model, not a run (open it with Load model)</source>
        <translation>un modèle enregistré, pas un entraînement (ouvrez-le avec Charger un modèle)</translation>
    </message>
    <message>
        <source>not an nnviz run (no &apos;format&apos; marker)</source>
        <translation>pas un entraînement nnviz (pas de marqueur &apos;format&apos;)</translation>
    </message>
    <message>
        <source>{name}: {what}.</source>
        <translation>{name} : {what}.</translation>
    </message>
    <message>
        <source>{name}: &apos;metrics&apos; has shape {shape} ({dtype}), expected (moments, {n_metrics}) numbers with at least one moment.</source>
        <translation>{name} : &apos;metrics&apos; a la forme {shape} ({dtype}), attendu (moments, {n_metrics}) nombres avec au moins un moment.</translation>
    </message>
    <message>
        <source>{name}: the recorded steps are not in increasing order.</source>
        <translation>{name} : les pas enregistrés ne sont pas dans l&apos;ordre croissant.</translation>
    </message>
    <message>
        <source>{name}: &apos;epochs&apos; or &apos;costs&apos; has the wrong shape or type.</source>
        <translation>{name} : &apos;epochs&apos; ou &apos;costs&apos; a une forme ou un type incorrects.</translation>
    </message>
    <message>
        <source>{name}: holds {n_costs:,} mini-batch costs and {n_epochs:,} epochs; nnviz opens runs of at most {max_costs:,} costs and {max_epochs:,} epochs.</source>
        <translation>{name} : contient {n_costs:,} coûts de mini-lot et {n_epochs:,} époques ; nnviz ouvre les entraînements d&apos;au plus {max_costs:,} coûts et {max_epochs:,} époques.</translation>
    </message>
    <message>
        <source>{name}: &apos;{key}&apos; holds a step or epoch count that is not a whole number from 0 to 2^53.</source>
        <translation>{name} : &apos;{key}&apos; contient un nombre de pas ou d&apos;époques qui n&apos;est pas un entier de 0 à 2^53.</translation>
    </message>
    <message>
        <source>{name}: &apos;{key}&apos; must be a single number from {lo:g} to {hi:g}; it holds {dtype} {shape}.</source>
        <translation>{name} : &apos;{key}&apos; doit être un seul nombre de {lo:g} à {hi:g} ; il contient {dtype} {shape}.</translation>
    </message>
    <message>
        <source>must be one of {options}</source>
        <translation>doit valoir l&apos;un de {options}</translation>
    </message>
    <message>
        <source>must be a whole number from {lo:g} to {hi:g}</source>
        <translation>doit être un nombre entier de {lo:g} à {hi:g}</translation>
    </message>
    <message>
        <source>must be a number from {lo:g} to {hi:g}</source>
        <translation>doit être un nombre de {lo:g} à {hi:g}</translation>
    </message>
    <message>
        <source>must be from {lo:g} to {hi:g}</source>
        <translation>doit être entre {lo:g} et {hi:g}</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be a list of whole numbers such as [784, 16, 16, 10]</source>
        <translation>doit être une liste de nombres entiers comme [784, 16, 16, 10]</translation>
    </message>
    <message>
        <source>must be a list of view names such as [&quot;pointmap&quot;]</source>
        <translation>doit être une liste de noms de vues comme [&quot;pointmap&quot;]</translation>
    </message>
    <message>
        <source>must be a name such as &quot;lesson-3&quot;, or null</source>
        <translation>doit être un nom comme &quot;lesson-3&quot;, ou null</translation>
    </message>
    <message>
        <source>must be one of {presets}, or null</source>
        <translation>doit valoir l&apos;un de {presets}, ou null</translation>
    </message>
    <message>
        <source>this setup</source>
        <translation>cette configuration</translation>
    </message>
    <message>
        <source>this is not an nnviz setup: the file holds no JSON object.</source>
        <translation>ce n&apos;est pas une configuration nnviz : le fichier ne contient aucun objet JSON.</translation>
    </message>
    <message>
        <source>this is not an nnviz setup: its &quot;format&quot; is not &quot;{format}&quot;.</source>
        <translation>ce n&apos;est pas une configuration nnviz : son &quot;format&quot; n&apos;est pas &quot;{format}&quot;.</translation>
    </message>
    <message>
        <source>this nnviz setup has no valid &quot;version&quot;.</source>
        <translation>cette configuration nnviz n&apos;a pas de &quot;version&quot; valide.</translation>
    </message>
    <message>
        <source>this setup was written by a newer nnviz (setup version {version}; this one reads up to {newest}): update nnviz to open it.</source>
        <translation>cette configuration a été écrite par un nnviz plus récent (version {version} ; celui-ci lit jusqu&apos;à {newest}) : mettez nnviz à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>{field} is not a setup field</source>
        <translation>{field} n&apos;est pas un champ de configuration</translation>
    </message>
    <message>
        <source>{field} must be an object</source>
        <translation>{field} doit être un objet</translation>
    </message>
    <message>
        <source>{field} names {views}, which this nnviz does not have</source>
        <translation>{field} nomme {views}, que ce nnviz n&apos;a pas</translation>
    </message>
    <message>
        <source>{field} {lesson} is not a lesson this nnviz has</source>
        <translation>{field} {lesson} n&apos;est pas une leçon de ce nnviz</translation>
    </message>
    <message>
        <source>{what} cannot be used: {problems}.</source>
        <translation>impossible d&apos;utiliser {what} : {problems}.</translation>
    </message>
    <message>
        <source>{field} {problem} (got {value})</source>
        <translation>{field} {problem} (reçu {value})</translation>
    </message>
    <message>
        <source>this setup is not valid JSON ({e}).</source>
        <translation>cette configuration n&apos;est pas du JSON valide ({e}).</translation>
    </message>
    <message>
        <source>cannot read the setup {path}: {reason}.</source>
        <translation>impossible de lire la configuration {path} : {reason}.</translation>
    </message>
    <message>
        <source>{path} is too large to be an nnviz setup.</source>
        <translation>{path} est trop grand pour être une configuration nnviz.</translation>
    </message>
    <message>
        <source>{path} is not a text file, so not an nnviz setup.</source>
        <translation>{path} n&apos;est pas un fichier texte, donc pas une configuration nnviz.</translation>
    </message>
    <message>
        <source>{path}: {e}</source>
        <translation>{path} : {e}</translation>
    </message>
    <message>
        <source>there is no preset called {preset!r}; the presets are {presets}.</source>
        <translation>il n&apos;y a pas de préréglage nommé {preset!r} ; les préréglages sont {presets}.</translation>
    </message>
    <message>
        <source>these options</source>
        <translation>ces options</translation>
    </message>
    <message>
        <source>video export needs imageio-ffmpeg: {install_hint}</source>
        <translation>l&apos;export vidéo a besoin d&apos;imageio-ffmpeg : {install_hint}</translation>
    </message>
    <message>
        <source>unknown damage {kind!r}; choose one of {kinds}.</source>
        <translation>dégradation inconnue {kind!r} ; choisissez parmi {kinds}.</translation>
    </message>
    <message>
        <source>the network</source>
        <translation>le réseau</translation>
    </message>
    <message>
        <source>{what} takes {inputs} inputs but these images have {pixels} pixels.</source>
        <translation>{what} a {inputs} entrées, mais ces images ont {pixels} pixels.</translation>
    </message>
    <message>
        <source>{what} has {outputs} outputs but the data has {classes} classes.</source>
        <translation>{what} a {outputs} sorties, mais les données ont {classes} classes.</translation>
    </message>
    <message>
        <source>layer {layer} is not a hidden layer of a {n_layers}-layer network.</source>
        <translation>la couche {layer} n&apos;est pas une couche cachée d&apos;un réseau à {n_layers} couches.</translation>
    </message>
    <message>
        <source>the current network</source>
        <translation>le réseau actuel</translation>
    </message>
    <message>
        <source>the other network</source>
        <translation>l&apos;autre réseau</translation>
    </message>
    <message>
        <source>no batch size fits a training set of {n_x} examples.</source>
        <translation>aucune taille de lot ne convient à un ensemble d&apos;entraînement de {n_x} exemples.</translation>
    </message>
    <message>
        <source>the SGD batch size must be from 1 to {n_xs}; got {batch_size}.</source>
        <translation>la taille de lot de la SGD doit être entre 1 et {n_xs} ; reçu {batch_size}.</translation>
    </message>
    <message>
        <source>full-batch gradient descent</source>
        <translation>descente de gradient sur le lot complet</translation>
    </message>
    <message>
        <source>SGD, batches of {b}</source>
        <translation>SGD, mini-lots de {b}</translation>
    </message>
    <message>
        <source>off</source>
        <translation>éteint</translation>
    </message>
    <message>
        <source>layer {l} neuron {i}: {parts}</source>
        <translation>couche {l}, neurone {i} : {parts}</translation>
    </message>
    <message>
        <source>output temperature T = {t:.2f}</source>
        <translation>température de sortie T = {t:.2f}</translation>
    </message>
    <message>
        <source>noise σ = {sigma:.2f} on every weight</source>
        <translation>bruit σ = {sigma:.2f} sur chaque poids</translation>
    </message>
    <message>
        <source>pruned the {p:.0f} % smallest |w| in each layer</source>
        <translation>élagué les {p:.0f} % plus petits |w| de chaque couche</translation>
    </message>
    <message>
        <source>pruned the {p:.0f} % smallest |w| of all weights</source>
        <translation>élagué les {p:.0f} % plus petits |w| de tous les poids</translation>
    </message>
    <message>
        <source>the network {sizes} has no neuron {i} in layer {l}.</source>
        <translation>le réseau {sizes} n&apos;a pas de neurone {i} dans la couche {l}.</translation>
    </message>
    <message>
        <source>the temperature must be above 0.</source>
        <translation>la température doit être supérieure à 0.</translation>
    </message>
    <message>
        <source>noise must be ≥ 0 and pruning between 0 and 100 %.</source>
        <translation>le bruit doit être ≥ 0 et l&apos;élagage entre 0 et 100 %.</translation>
    </message>
    <message>
        <source>pruning scope must be one of {scopes}.</source>
        <translation>la portée de l&apos;élagage doit valoir l&apos;un de {scopes}.</translation>
    </message>
    <message>
        <source>unknown initialisation {init!r}; choose one of {inits}.</source>
        <translation>initialisation inconnue {init!r} ; choisissez parmi {inits}.</translation>
    </message>
    <message>
        <source>enter the layer sizes, e.g. 784,16,16,10.</source>
        <translation>saisissez les tailles de couches, par ex. 784,16,16,10.</translation>
    </message>
    <message>
        <source>layer sizes must be whole numbers separated by commas, like 784,16,16,10; got {shown!r}.</source>
        <translation>les tailles de couches doivent être des entiers séparés par des virgules, comme 784,16,16,10 ; reçu {shown!r}.</translation>
    </message>
    <message>
        <source>a network needs at least an input and an output layer, e.g. 784,16,16,10.</source>
        <translation>un réseau a besoin d&apos;au moins une couche d&apos;entrée et une couche de sortie, par ex. 784,16,16,10.</translation>
    </message>
    <message>
        <source>a network may have at most {max_layers} layers; got {n_sizes}.</source>
        <translation>un réseau peut avoir au plus {max_layers} couches ; reçu {n_sizes}.</translation>
    </message>
    <message>
        <source>every layer needs at least one neuron; got {sizes}.</source>
        <translation>chaque couche a besoin d&apos;au moins un neurone ; reçu {sizes}.</translation>
    </message>
    <message>
        <source>a layer may have at most {max_neurons:,} neurons; got {n:,}.</source>
        <translation>une couche peut avoir au plus {max_neurons:,} neurones ; reçu {n:,}.</translation>
    </message>
    <message>
        <source>layers {sizes} need {total:,} parameters; nnviz builds networks of at most {max_parameters:,} ({mb} MB as float32).</source>
        <translation>les couches {sizes} demandent {total:,} paramètres ; nnviz construit des réseaux d&apos;au plus {max_parameters:,} ({mb} Mo en float32).</translation>
    </message>
    <message>
        <source>the seed must be a whole number from 0 to {max_seed:,}; got {seed}.</source>
        <translation>la graine doit être un nombre entier de 0 à {max_seed:,} ; reçu {seed}.</translation>
    </message>
    <message>
        <source>unknown activation {activation!r}; choose sigmoid, relu or tanh.</source>
        <translation>activation inconnue {activation!r} ; choisissez sigmoid, relu ou tanh.</translation>
    </message>
    <message>
        <source>unknown output layer {output!r}; choose sigmoid or softmax.</source>
        <translation>couche de sortie inconnue {output!r} ; choisissez sigmoid ou softmax.</translation>
    </message>
    <message>
        <source>unknown cost {cost!r}; choose quadratic or cross-entropy.</source>
        <translation>fonction de coût inconnue {cost!r} ; choisissez quadratic ou cross-entropy.</translation>
    </message>
    <message>
        <source>image values must lie in 0–255 or 0–1</source>
        <translation>les valeurs de l&apos;image doivent être dans 0–255 ou 0–1</translation>
    </message>
    <message>
        <source>image has no ink, so its centre of mass is undefined</source>
        <translation>l&apos;image n&apos;a pas d&apos;encre, son centre de masse n&apos;est donc pas défini</translation>
    </message>
    <message>
        <source>the learning rate must be a positive number; got {lr}.</source>
        <translation>le taux d&apos;apprentissage η doit être un nombre positif ; reçu {lr}.</translation>
    </message>
    <message>
        <source>the batch size must be a whole number from 1 to {n} (the training set&apos;s size); got {batch_size}.</source>
        <translation>la taille du mini-lot doit être un nombre entier de 1 à {n} (la taille de l&apos;ensemble d&apos;entraînement) ; reçu {batch_size}.</translation>
    </message>
    <message>
        <source>momentum must be in [0, 1); got {momentum}.</source>
        <translation>le momentum doit être dans [0, 1) ; reçu {momentum}.</translation>
    </message>
    <message>
        <source>dropout must be a probability in [0, 1); got {dropout}.</source>
        <translation>le dropout doit être une probabilité dans [0, 1) ; reçu {dropout}.</translation>
    </message>
    <message>
        <source>L2 regularisation must be zero or positive; got {l2}.</source>
        <translation>la régularisation L2 doit être nulle ou positive ; reçu {l2}.</translation>
    </message>
    <message>
        <source>unknown schedule {schedule!r}; choose {schedules}.</source>
        <translation>programme du taux inconnu {schedule!r} ; choisissez {schedules}.</translation>
    </message>
    <message>
        <source>the network takes {inputs} inputs but the images have {pixels} pixels.</source>
        <translation>le réseau a {inputs} entrées, mais les images ont {pixels} pixels.</translation>
    </message>
    <message>
        <source>the data has {classes} classes but the network has {outputs} outputs.</source>
        <translation>les données ont {classes} classes, mais le réseau a {outputs} sorties.</translation>
    </message>
    <message>
        <source>the cost became {c} at epoch {epoch}, mini-batch {batch} (learning rate {lr:g}): the steps overshoot. The parameters from before the blow-up were kept; try a smaller learning rate.</source>
        <translation>le coût est devenu {c} à l&apos;époque {epoch}, mini-lot {batch} (taux d&apos;apprentissage η {lr:g}) : les pas dépassent la cible. Les paramètres d&apos;avant l&apos;explosion ont été conservés ; essayez un taux d&apos;apprentissage plus petit.</translation>
    </message>
    <message>
        <source>the parameters became infinite or NaN at epoch {epoch}, mini-batch {batch} (learning rate {lr:g}): the steps overshoot. The parameters from before the blow-up were kept; try a smaller learning rate.</source>
        <translation>les paramètres sont devenus infinis ou NaN à l&apos;époque {epoch}, mini-lot {batch} (taux d&apos;apprentissage η {lr:g}) : les pas dépassent la cible. Les paramètres d&apos;avant l&apos;explosion ont été conservés ; essayez un taux d&apos;apprentissage plus petit.</translation>
    </message>
    <message>
        <source>t-SNE could not be loaded ({e}); reinstall it: {hint}</source>
        <translation>impossible de charger t-SNE ({e}) ; réinstallez-le : {hint}</translation>
    </message>
    <message>
        <source>{name}: not an image Qt can read (PNG, JPEG, BMP, GIF…).</source>
        <translation>{name} : pas une image que Qt sait lire (PNG, JPEG, BMP, GIF…).</translation>
    </message>
    <message>
        <source>{name}: an image of {w:,}×{h:,} pixels; nnviz reads pictures of at most {side:,} pixels a side and {megapixels} megapixels.</source>
        <translation>{name} : une image de {w:,}×{h:,} pixels ; nnviz lit des images d&apos;au plus {side:,} pixels de côté et {megapixels} mégapixels.</translation>
    </message>
    <message>
        <source>{name}: not an image Qt can read ({reason}).</source>
        <translation>{name} : pas une image que Qt sait lire ({reason}).</translation>
    </message>
    <message>
        <source>{name}: no such image file.</source>
        <translation>{name} : ce fichier image n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{name}: is a folder, not an image file.</source>
        <translation>{name} : est un dossier, pas un fichier image.</translation>
    </message>
    <message>
        <source>{name}: is a device, pipe or socket, not an image file.</source>
        <translation>{name} : est un périphérique, un tube ou un socket, pas un fichier image.</translation>
    </message>
    <message>
        <source>{name}: {mb:,.0f} MB, more than the {limit} MB nnviz reads for one picture.</source>
        <translation>{name} : {mb:,.0f} Mo, plus que les {limit} Mo que nnviz lit pour une image.</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({reason}).</source>
        <translation>{name} : illisible ({reason}).</translation>
    </message>
    <message>
        <source>cannot create the folder {folder} ({reason}).</source>
        <translation>impossible de créer le dossier {folder} ({reason}).</translation>
    </message>
    <message>
        <source>could not write {path} ({reason}).</source>
        <translation>impossible d&apos;écrire {path} ({reason}).</translation>
    </message>
</context>
<context>
    <name>EvaluationPanel</name>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Rows: the true digit. Columns: the network&apos;s answer. Click a cell to see its images.</source>
        <translation>Lignes : le vrai chiffre. Colonnes : la réponse du réseau. Cliquez sur une cellule pour voir ses images.</translation>
    </message>
    <message>
        <source>Click a cell of the matrix to see its test images.</source>
        <translation>Cliquez sur une cellule de la matrice pour voir ses images de test.</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>Confusion</translation>
    </message>
    <message>
        <source>No mistakes on the test set.</source>
        <translation>Aucune erreur sur l&apos;ensemble de test.</translation>
    </message>
    <message>
        <source>Confident mistakes</source>
        <translation>Erreurs assurées</translation>
    </message>
    <message>
        <source>Hidden neurons</source>
        <translation>Neurones cachés</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Comparaison en cours</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Which hidden layer</source>
        <translation>Quelle couche cachée</translation>
    </message>
    <message>
        <source>Which neuron of that layer (numbered from 0, top to bottom in the diagram)</source>
        <translation>Quel neurone de cette couche (numérotés à partir de 0, de haut en bas dans le diagramme)</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>neuron</source>
        <translation>neurone</translation>
    </message>
    <message>
        <source>The test images that activate this neuron most appear here.</source>
        <translation>Les images de test qui activent le plus ce neurone apparaissent ici.</translation>
    </message>
    <message>
        <source>The network takes {inputs} inputs but the {name} images have {pixels} pixels.</source>
        <translation>Le réseau prend {inputs} entrées mais les images de {name} ont {pixels} pixels.</translation>
    </message>
    <message>
        <source>Evaluation needs a dataset: load MNIST (or the synthetic digits) from the Training panel, and the test set is scored here.</source>
        <translation>L&apos;évaluation a besoin d&apos;un jeu de données : chargez MNIST (ou les chiffres synthétiques) depuis le panneau Entraînement, et l&apos;ensemble de test est noté ici.</translation>
    </message>
    <message>
        <source>Scoring the test set</source>
        <translation>Notation de l&apos;ensemble de test</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test accuracy {accuracy:.2f} %&lt;/b&gt; ({right:,} of {n:,} right, after {step:,} mini-batches)</source>
        <translation>&lt;b&gt;Exactitude en test {accuracy:.2f} %&lt;/b&gt; ({right:,} justes sur {n:,}, après {step:,} mini-lots)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test accuracy {accuracy:.2f} %&lt;/b&gt; ({right:,} of {n:,} right)</source>
        <translation>&lt;b&gt;Exactitude en test {accuracy:.2f} %&lt;/b&gt; ({right:,} justes sur {n:,})</translation>
    </message>
    <message>
        <source>{layer} ({n} neurons)</source>
        <translation>{layer} ({n} neurones)</translation>
    </message>
    <message>
        <source>Rows: the true class. Columns: the network&apos;s answer. Click a cell to see its images.</source>
        <translation>Lignes : la vraie classe. Colonnes : la réponse du réseau. Cliquez sur une cellule pour voir ses images.</translation>
    </message>
    <message>
        <source>test image {i:,}: true {true}, answered {answer}
outputs: {outputs}</source>
        <translation>image de test {i:,} : vrai {true}, répondu {answer}
sorties : {outputs}</translation>
    </message>
    <message>
        <source>No test image of {true} was answered {predicted}.</source>
        <translation>Aucune image de test de {true} n&apos;a reçu la réponse {predicted}.</translation>
    </message>
    <message>
        <source>test image {i:,} (answered {answer})</source>
        <translation>image de test {i:,} (répondu {answer})</translation>
    </message>
    <message>
        <source>test image {i:,}</source>
        <translation>image de test {i:,}</translation>
    </message>
</context>
<context>
    <name>ExportsController</name>
    <message>
        <source>Export replay as GIF</source>
        <translation>Exporter la relecture en GIF</translation>
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
        <source>An animated GIF of this view over the recorded run</source>
        <translation>Un GIF animé de cette vue au fil de l&apos;entraînement enregistré</translation>
    </message>
    <message>
        <source>Export model as JSON…</source>
        <translation>Exporter le modèle en JSON…</translation>
    </message>
    <message>
        <source>Layer sizes, activation and every array as plain lists</source>
        <translation>Tailles des couches, activation et chaque tableau sous forme de listes simples</translation>
    </message>
    <message>
        <source>Export model as ONNX…</source>
        <translation>Exporter le modèle en ONNX…</translation>
    </message>
    <message>
        <source>Opens in model viewers (Netron) and runs in ONNX runtimes</source>
        <translation>S&apos;ouvre dans les visionneuses de modèles (Netron) et s&apos;exécute dans les environnements ONNX</translation>
    </message>
    <message>
        <source>Export model as {kind}</source>
        <translation>Exporter le modèle en {kind}</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Impossible d&apos;exporter</translation>
    </message>
    <message>
        <source>Exported the model as {kind} to {path}</source>
        <translation>Modèle exporté en {kind} vers {path}</translation>
    </message>
    <message>
        <source>Nothing to animate</source>
        <translation type="vanished">Rien à animer</translation>
    </message>
    <message>
        <source>Train for a while first (or open a run): the animation shows the recorded moments.</source>
        <translation>Entraînez d&apos;abord un moment (ou ouvrez un entraînement enregistré) : l&apos;animation montre les moments enregistrés.</translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation>Animation GIF (*.gif)</translation>
    </message>
    <message>
        <source>Rendering the animation…</source>
        <translation>Création de l&apos;animation…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Annuler</translation>
    </message>
    <message>
        <source>Saved {n} frames to {path}</source>
        <translation type="vanished">{n} images enregistrées dans {path}</translation>
    </message>
</context>
<context>
    <name>GlobalKnobs</name>
    <message>
        <source>Whole network</source>
        <translation>Réseau entier</translation>
    </message>
    <message>
        <source>Output temperature T: the output layer computes σ(z/T). Above 1 the answers become less sure (outputs move towards the middle), below 1 more extreme. The order of the outputs never changes, so neither does the accuracy: watch the cost instead.</source>
        <translation>Température de sortie T : la couche de sortie calcule σ(z/T). Au-dessus de 1, les réponses deviennent moins sûres (les sorties se rapprochent du milieu), en dessous de 1 plus extrêmes. L&apos;ordre des sorties ne change jamais, donc l&apos;exactitude non plus : observez plutôt le coût.</translation>
    </message>
    <message>
        <source>Adds Gaussian noise of standard deviation σ to every weight (the same random pattern each time, scaled by σ). Expect accuracy to hold for small σ and then collapse: how robust is what the network learnt?</source>
        <translation>Ajoute un bruit gaussien d&apos;écart type σ à chaque poids (le même motif aléatoire à chaque fois, mis à l&apos;échelle par σ). L&apos;exactitude tient pour un petit σ puis s&apos;effondre : à quel point ce que le réseau a appris est-il robuste ?</translation>
    </message>
    <message>
        <source>Sets the given percentage of the smallest weights (by |w|) to exactly 0. Many weights barely matter: expect accuracy to survive surprisingly heavy pruning.</source>
        <translation>Met exactement à 0 le pourcentage donné des plus petits poids (selon |w|). Beaucoup de poids comptent à peine : l&apos;exactitude survit à un élagage étonnamment fort.</translation>
    </message>
    <message>
        <source>in each layer</source>
        <translation>dans chaque couche</translation>
    </message>
    <message>
        <source>over all layers</source>
        <translation>sur toutes les couches</translation>
    </message>
    <message>
        <source>Prune the same fraction of every weight matrix, or rank all weights of the network together (then the big first layer loses most).</source>
        <translation>Élaguer la même fraction de chaque matrice de poids, ou classer ensemble tous les poids du réseau (la grande première couche perd alors le plus).</translation>
    </message>
    <message>
        <source>Temperature T</source>
        <translation>Température T</translation>
    </message>
    <message>
        <source>Weight noise σ</source>
        <translation>Bruit sur les poids σ</translation>
    </message>
    <message>
        <source>Prune smallest</source>
        <translation>Élaguer les plus petits</translation>
    </message>
</context>
<context>
    <name>GradientPanel</name>
    <message>
        <source>mini-batch gradients: {what}</source>
        <translation>gradients de mini-lot : {what}</translation>
    </message>
    <message>
        <source>racing: {what}</source>
        <translation>course : {what}</translation>
    </message>
    <message>
        <source>Mini-batch vs full gradient</source>
        <translation>Gradient de mini-lot vs complet</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesurer</translation>
    </message>
    <message>
        <source>Measure on the current parameters (F8)</source>
        <translation>Mesurer sur les paramètres actuels (F8)</translation>
    </message>
    <message>
        <source>Learning rate η for both racers</source>
        <translation>Taux d&apos;apprentissage η des deux coureurs</translation>
    </message>
    <message>
        <source>Mini-batch size of the SGD racer</source>
        <translation>Taille de mini-lot du coureur SGD</translation>
    </message>
    <message>
        <source>SGD batch </source>
        <translation>lot SGD </translation>
    </message>
    <message>
        <source>Time each racer may spend stepping</source>
        <translation>Temps que chaque coureur peut passer à faire des pas</translation>
    </message>
    <message>
        <source> s each</source>
        <translation> s chacun</translation>
    </message>
    <message>
        <source>Measure compares mini-batch gradients with the full gradient, then races SGD against full-batch descent.</source>
        <translation>Mesurer compare les gradients de mini-lot au gradient complet, puis fait courir SGD contre la descente de gradient sur le lot complet.</translation>
    </message>
    <message>
        <source>This view</source>
        <translation>Cette vue</translation>
    </message>
    <message>
        <source>Measuring gradients</source>
        <translation>Mesure des gradients</translation>
    </message>
    <message>
        <source>Angle between a mini-batch gradient and ∇C: </source>
        <translation>Angle entre un gradient de mini-lot et ∇C : </translation>
    </message>
    <message>
        <source>After {step:,} mini-batches:</source>
        <translation>Après {step:,} mini-lots :</translation>
    </message>
    <message>
        <source>‖∇C‖ over all {n:,} training images = {norm:.3g}.</source>
        <translation>‖∇C‖ sur les {n:,} images d&apos;entraînement = {norm:.3g}.</translation>
    </message>
    <message>
        <source>Race over {seconds:g} s: SGD reached {sgd:.4g}, full batch {gd:.4g}</source>
        <translation>Course de {seconds:g} s : SGD a atteint {sgd:.4g}, le lot complet {gd:.4g}</translation>
    </message>
    <message>
        <source>(SGD diverged: try a smaller η)</source>
        <translation>(SGD a divergé : essayez un η plus petit)</translation>
    </message>
</context>
<context>
    <name>GradientTiles</name>
    <message>
        <source>No gradient yet.</source>
        <translation>Pas encore de gradient.</translation>
    </message>
    <message>
        <source>The first layer&apos;s {n} inputs do not form a square image.</source>
        <translation>Les {n} entrées de la première couche ne forment pas une image carrée.</translation>
    </message>
    <message>
        <source>the {shown} most sensitive of {n} neurons</source>
        <translation>les {shown} neurones les plus sensibles sur {n}</translation>
    </message>
    <message>
        <source>blue: raise w to lower C</source>
        <translation>bleu : augmenter w baisse C</translation>
    </message>
    <message>
        <source>  orange: lower w</source>
        <translation>  orange : baisser w</translation>
    </message>
    <message>
        <source>  (saturates at |∂C/∂w| = %1)</source>
        <translation>  (saturé à |∂C/∂w| = %1)</translation>
    </message>
</context>
<context>
    <name>GradientView</name>
    <message>
        <source>how far a mini-batch gradient is from ∇C (dashed: ∝ 1/√b)</source>
        <translation>à quelle distance un gradient de mini-lot est de ∇C (tirets : ∝ 1/√b)</translation>
    </message>
    <message>
        <source>batch size b</source>
        <translation>taille de lot b</translation>
    </message>
    <message>
        <source>same time, two ways downhill</source>
        <translation>même temps, deux chemins vers le bas</translation>
    </message>
    <message>
        <source>seconds of stepping</source>
        <translation>secondes de pas</translation>
    </message>
    <message>
        <source>cost on the sample</source>
        <translation>coût sur l&apos;échantillon</translation>
    </message>
    <message>
        <source>{name}: {steps:,} steps</source>
        <translation>{name} : {steps:,} pas</translation>
    </message>
    <message>
        <source>full batch of {n:,}: {steps:,} steps</source>
        <translation>lot complet de {n:,} : {steps:,} pas</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>Show me</source>
        <translation>Montre-moi</translation>
    </message>
    <message>
        <source>Put the app in the state this step talks about</source>
        <translation>Mettre l&apos;application dans l&apos;état dont parle cette étape</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Retour</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lesson {n}&lt;/b&gt; · {title}</source>
        <translation>&lt;b&gt;Leçon {n}&lt;/b&gt; · {title}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{i}/{n} · {title}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{i}/{n} · {title}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ fait</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
</context>
<context>
    <name>HelpPopup</name>
    <message>
        <source>What am I looking at?</source>
        <translation>Qu&apos;est-ce que je regarde ?</translation>
    </message>
    <message>
        <source>What am I looking at? (F1)</source>
        <translation>Qu&apos;est-ce que je regarde ? (F1)</translation>
    </message>
    <message>
        <source>Explain, in plain words, the view that has the focus</source>
        <translation>Expliquer simplement la vue qui a le focus</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>Schéma du réseau</translation>
    </message>
    <message>
        <source>Pick any view to read about it.</source>
        <translation>Choisissez une vue pour en lire l&apos;explication.</translation>
    </message>
</context>
<context>
    <name>HelpTexts</name>
    <message>
        <source>The network itself, drawn like the lesson&apos;s figure. On the left the input image (784 pixels); then one column of neurons per layer. Each neuron&apos;s brightness is its activation a, between 0 (black) and 1 (white). A neuron computes a weighted sum of the previous layer, z = w·a + b — the weights w are the lines (blue positive, orange negative, only the strongest are drawn) and b is its bias — and squashes it with the sigmoid, a = σ(z). The brightest output neuron is the network&apos;s answer. Hover a neuron for its numbers; click one to inspect it (first layer: its weights as a picture; the Lab lets you edit it).</source>
        <translation>Le réseau lui-même, dessiné comme la figure de la leçon. À gauche l&apos;image d&apos;entrée (784 pixels) ; puis une colonne de neurones par couche. La luminosité de chaque neurone est son activation a, entre 0 (noir) et 1 (blanc). Un neurone calcule une somme pondérée de la couche précédente, z = w·a + b — les poids w sont les traits (bleu positif, orange négatif, seuls les plus forts sont dessinés) et b est son biais — puis l&apos;écrase avec la sigmoïde, a = σ(z). Le neurone de sortie le plus lumineux est la réponse du réseau. Survolez un neurone pour voir ses nombres ; cliquez dessus pour l&apos;examiner (première couche : ses poids sous forme d&apos;image ; le Labo permet de le modifier).</translation>
    </message>
    <message>
        <source>How training is going. The cost C measures how wrong the network is: for every image, the squared differences between its ten outputs and the right answer, averaged. Each faint point is the cost of one mini-batch — the handful of examples behind one gradient step — so it is noisy; the smooth line is a moving average of it that starts at the first cost. Once per epoch (a pass over all training images) the cost on the training and test sets and the test accuracy (right axis, always 0–100 %) are added. Going down means gradient descent is working; tick &apos;first epoch&apos; to see the fast start up close.</source>
        <translation>Où en est l&apos;entraînement. Le coût C mesure à quel point le réseau se trompe : pour chaque image, les carrés des écarts entre ses dix sorties et la bonne réponse, en moyenne. Chaque point pâle est le coût d&apos;un mini-lot — la poignée d&apos;exemples derrière un pas de gradient —, d&apos;où le bruit ; la ligne lisse en est la moyenne glissante, qui part du premier coût. Une fois par époque (un passage sur toutes les images d&apos;entraînement) s&apos;ajoutent le coût sur les ensembles d&apos;entraînement et de test et l&apos;exactitude en test (axe de droite, toujours 0–100 %). Si la courbe descend, la descente de gradient fonctionne ; cochez « première époque » pour voir de près le début rapide.</translation>
    </message>
    <message>
        <source>Each small picture is one first-hidden-layer neuron&apos;s 784 incoming weights, laid out like the image: blue pixels push its weighted sum up when they are lit, orange push it down, and pixels in the background colour do not matter. This is what that neuron &apos;looks for&apos;. Watch them change from random noise into strokes and blobs as the gradient nudges every weight; &apos;change since init&apos; shows only what training has added.</source>
        <translation>Chaque petite image représente les 784 poids entrants d&apos;un neurone de la première couche cachée, disposés comme l&apos;image : les pixels bleus font monter sa somme pondérée quand ils sont allumés, les orange la font baisser, et les pixels de la couleur du fond ne comptent pas. C&apos;est ce que ce neurone « cherche ». Regardez-les passer d&apos;un bruit aléatoire à des traits et des taches à mesure que le gradient pousse chaque poids ; « changement depuis le début » ne montre que ce que l&apos;entraînement a ajouté.</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse. It is scaled and centred into 28×28 pixels the way MNIST digits were (the small picture shows exactly what the network receives), then sent through the network: the bars are the ten output activations, and the diagram shows every neuron&apos;s response to your drawing.</source>
        <translation>Dessinez un chiffre à la souris. Il est mis à l&apos;échelle et centré dans 28×28 pixels comme l&apos;ont été les chiffres de MNIST (la petite image montre exactement ce que reçoit le réseau), puis envoyé dans le réseau : les barres sont les dix activations de sortie, et le diagramme montre la réponse de chaque neurone à votre dessin.</translation>
    </message>
    <message>
        <source>Everything about the training run. The network: how many neurons per layer, the activation (sigmoid as in the lessons), the cost. Training: the learning rate η (how big each gradient step is), the mini-batch size (how many examples are averaged per step) and the number of epochs. Hover any control for what it does; Reset builds a fresh network with random weights and biases.</source>
        <translation>Tout ce qui concerne l&apos;entraînement. Le réseau : combien de neurones par couche, l&apos;activation (sigmoïde comme dans les leçons), la fonction de coût. L&apos;entraînement : le taux d&apos;apprentissage η (la taille de chaque pas de gradient), la taille du mini-lot (combien d&apos;exemples sont moyennés par pas) et le nombre d&apos;époques. Survolez un contrôle pour savoir ce qu&apos;il fait ; Réinitialiser construit un nouveau réseau aux poids et biais aléatoires.</translation>
    </message>
    <message>
        <source>Operate on the trained network and see what each cut costs. Pick a neuron (or click it in the diagram): you see its weighted sum z, its bias b and its activation a = σ(z) for the input in the diagram, and its incoming weights. Shift its bias, scale its weights or switch it off; or act on the whole network: the output temperature (σ(z/T): surer or less sure answers), noise on every weight, pruning of the smallest weights. The accuracy on 1,000 test images updates at once, the full test set a moment later. Many neurons can be removed with little loss — knowledge is spread out. Nothing changes in the window until you press &apos;Use this network&apos;.</source>
        <translation>Opérez le réseau entraîné et voyez ce que coûte chaque coupure. Choisissez un neurone (ou cliquez dessus dans le diagramme) : vous voyez sa somme pondérée z, son biais b et son activation a = σ(z) pour l&apos;entrée du diagramme, ainsi que ses poids entrants. Décalez son biais, mettez ses poids à l&apos;échelle ou éteignez-le ; ou agissez sur tout le réseau : la température de sortie (σ(z/T) : réponses plus ou moins sûres), du bruit sur chaque poids, l&apos;élagage des plus petits poids. L&apos;exactitude sur 1 000 images de test se met à jour aussitôt, celle de tout l&apos;ensemble de test un instant plus tard. Beaucoup de neurones peuvent être retirés sans grande perte — le savoir est réparti. Rien ne change dans la fenêtre tant que vous n&apos;appuyez pas sur « Utiliser ce réseau ».</translation>
    </message>
    <message>
        <source>Every dot is one test image; its colour is the digit it really is. Each small plot places the images by one layer&apos;s values — the 784 pixels, then each layer&apos;s activations — flattened to 2-D along the two directions in which they vary most (principal component analysis; the % says how much of the variation those two directions show). In the pixels the digits overlap; a trained network pulls them apart layer by layer until the output can separate them. Hover a dot for its image and the network&apos;s answer; click to show it in the diagram. (Only PCA: nnviz ships no t-SNE or UMAP library.)</source>
        <translation type="vanished">Chaque point est une image de test ; sa couleur est le chiffre qu&apos;elle représente vraiment. Chaque petit graphique place les images selon les valeurs d&apos;une couche — les 784 pixels, puis les activations de chaque couche —, aplaties en 2-D selon les deux directions où elles varient le plus (analyse en composantes principales ; le % indique quelle part de la variation ces deux directions montrent). Dans les pixels, les chiffres se chevauchent ; un réseau entraîné les écarte couche après couche jusqu&apos;à ce que la sortie puisse les séparer. Survolez un point pour voir son image et la réponse du réseau ; cliquez pour l&apos;afficher dans le diagramme. (PCA seulement : nnviz n&apos;embarque aucune bibliothèque t-SNE ou UMAP.)</translation>
    </message>
    <message>
        <source>Every dot is one test image; its colour is the digit it really is. Each small plot places the images by one layer&apos;s values — the 784 pixels, then each layer&apos;s activations — flattened to 2-D along the two directions in which they vary most (principal component analysis; the % says how much of the variation those two directions show). In the pixels the digits overlap; a trained network pulls them apart layer by layer until the output can separate them. Hover a dot for its image and the network&apos;s answer; click to show it in the diagram. Instead of PCA the map can use t-SNE, which keeps each image&apos;s nearest neighbours together: clusters show more clearly, but distances between them mean less, and there is no %. t-SNE takes seconds per layer and needs the optional extra: pip install &quot;nnviz[tsne]&quot;.</source>
        <translation>Chaque point est une image de test ; sa couleur est le chiffre qu&apos;elle représente vraiment. Chaque petit graphique place les images selon les valeurs d&apos;une couche — les 784 pixels, puis les activations de chaque couche —, aplaties en 2-D selon les deux directions où elles varient le plus (analyse en composantes principales ; le % indique quelle part de la variation ces deux directions montrent). Dans les pixels, les chiffres se chevauchent ; un réseau entraîné les écarte couche après couche jusqu&apos;à ce que la sortie puisse les séparer. Survolez un point pour voir son image et la réponse du réseau ; cliquez pour l&apos;afficher dans le diagramme. Au lieu de la PCA, la carte peut utiliser t-SNE, qui garde ensemble les plus proches voisins de chaque image : les groupes ressortent plus nettement, mais les distances entre eux veulent moins dire, et il n&apos;y a pas de %. t-SNE prend quelques secondes par couche et demande l&apos;extra optionnel : pip install &quot;nnviz[tsne]&quot;.</translation>
    </message>
    <message>
        <source>Backpropagation for one example, the way the lesson tells it. For the image in the diagram and the digit it should be, each output neuron wants to be nudged towards 1 or 0. It can get there three ways: change its bias, change its weights (most for the brightest previous neurons), or change the previous layer&apos;s activations. Adding up what every output wants from the layer before gives that layer&apos;s wishes, and so on backwards: that is the gradient of the cost for this one example.</source>
        <translation>La rétropropagation pour un exemple, telle que la leçon la raconte. Pour l&apos;image du diagramme et le chiffre qu&apos;elle devrait être, chaque neurone de sortie veut être poussé vers 1 ou vers 0. Il peut y arriver de trois façons : changer son biais, changer ses poids (surtout ceux des neurones précédents les plus lumineux), ou changer les activations de la couche précédente. Additionner ce que chaque sortie attend de la couche d&apos;avant donne les souhaits de cette couche, et ainsi de suite à rebours : c&apos;est le gradient du coût pour cet exemple.</translation>
    </message>
    <message>
        <source>Which weights matter right now: the size of each component of the gradient of the cost, averaged over a sample of training examples. A large value means a small change of that weight or bias changes the cost a lot. The first layer is shown as pictures, one per neuron; the table ranks the most and least influential parameters.</source>
        <translation>Quels poids comptent en ce moment : la taille de chaque composante du gradient du coût, moyennée sur un échantillon d&apos;exemples d&apos;entraînement. Une grande valeur signifie qu&apos;un petit changement de ce poids ou de ce biais change beaucoup le coût. La première couche est montrée en images, une par neurone ; le tableau classe les paramètres les plus et les moins influents.</translation>
    </message>
    <message>
        <source>The chain rule on the lesson&apos;s toy network: one neuron per layer. Move the sliders for the weight w, the bias b, the previous activation and the desired output y, and watch z = w·a + b, a = σ(z) and the cost C₀ = (a − y)² follow. The slope ∂C₀/∂w is the product of three small derivatives along the chain; the plot shows C₀ against w with that slope as a tangent. Backpropagation does this for every weight at once.</source>
        <translation>La règle de dérivation en chaîne sur le réseau jouet de la leçon : un neurone par couche. Déplacez les curseurs du poids w, du biais b, de l&apos;activation précédente et de la sortie souhaitée y, et regardez z = w·a + b, a = σ(z) et le coût C₀ = (a − y)² suivre. La pente ∂C₀/∂w est le produit de trois petites dérivées le long de la chaîne ; le graphique montre C₀ en fonction de w avec cette pente comme tangente. La rétropropagation fait cela pour tous les poids à la fois.</translation>
    </message>
    <message>
        <source>Why train on mini-batches? The gradient of the cost over all 60,000 training images is exact but slow; a mini-batch&apos;s gradient is a cheap, noisy estimate of it. This panel measures how close the estimate is for batches of 1, 10, 100 and 1,000 images (1 = same direction), and races stochastic gradient descent against full-batch gradient descent for the same time: many rough steps usually beat a few exact ones.</source>
        <translation>Pourquoi s&apos;entraîner sur des mini-lots ? Le gradient du coût sur les 60 000 images d&apos;entraînement est exact mais lent ; le gradient d&apos;un mini-lot en est une estimation bon marché et bruitée. Ce panneau mesure à quel point l&apos;estimation est proche pour des lots de 1, 10, 100 et 1 000 images (1 = même direction), et fait courir la descente de gradient stochastique contre la descente de gradient sur le lot complet pendant le même temps : beaucoup de pas approximatifs battent en général quelques pas exacts.</translation>
    </message>
    <message>
        <source>The cost as a landscape around the network as it is now. The network has thousands of weights and biases, so the picture is a slice: the cost along two directions in weight space, dark valleys low. The line is the path training took; gradient descent rolls downhill, a step of size η along −∇C per mini-batch.</source>
        <translation>Le coût comme un paysage autour du réseau tel qu&apos;il est maintenant. Le réseau a des milliers de poids et de biais, l&apos;image est donc une coupe : le coût le long de deux directions de l&apos;espace des poids, les vallées sombres en bas. La ligne est le chemin suivi par l&apos;entraînement ; la descente de gradient dévale la pente, un pas de taille η le long de −∇C par mini-lot.</translation>
    </message>
    <message>
        <source>How good the network is, and where it fails: the test accuracy; the confusion matrix (row = the true digit, column = the answer, so everything off the diagonal is a mistake — click a cell for its images); the mistakes it makes most confidently; and the test images each hidden neuron responds to most.</source>
        <translation>La qualité du réseau, et où il échoue : l&apos;exactitude en test ; la matrice de confusion (ligne = le vrai chiffre, colonne = la réponse, donc tout ce qui est hors de la diagonale est une erreur — cliquez sur une case pour voir ses images) ; les erreurs qu&apos;il commet avec le plus d&apos;assurance ; et les images de test auxquelles chaque neurone caché réagit le plus.</translation>
    </message>
    <message>
        <source>The images the network learns from: samples of each class, how many there are of each, the average image of each digit, the spread of pixel values, and what data augmentation does to them. Click an image to send it through the network.</source>
        <translation>Les images dont le réseau apprend : des exemples de chaque classe, combien il y en a de chacune, l&apos;image moyenne de chaque chiffre, la répartition des valeurs des pixels et ce que l&apos;augmentation des données leur fait. Cliquez sur une image pour l&apos;envoyer dans le réseau.</translation>
    </message>
    <message>
        <source>How the network copes with damaged images: noise, rotation, thicker or thinner strokes, shifts. The curve is the test accuracy at each level of damage. On the right: if the network only answers when its largest output is high enough, how many images does it answer, and how often is it right then?</source>
        <translation>Comment le réseau s&apos;en sort avec des images abîmées : bruit, rotation, traits plus épais ou plus fins, décalages. La courbe est l&apos;exactitude en test à chaque niveau de dégradation. À droite : si le réseau ne répond que lorsque sa plus grande sortie est assez élevée, à combien d&apos;images répond-il, et à quelle fréquence a-t-il alors raison ?</translation>
    </message>
    <message>
        <source>A recording of the training run. Drag the slider back in time to see the weights, the diagram and the cost as they were after that many mini-batches; &apos;Live&apos; returns to the present.</source>
        <translation>Un enregistrement de l&apos;entraînement. Faites glisser le curseur en arrière dans le temps pour voir les poids, le diagramme et le coût tels qu&apos;ils étaient après autant de mini-lots ; « Direct » revient au présent.</translation>
    </message>
    <message>
        <source>Train on your own images: import a CSV file, a folder of images (one sub-folder per class) or IDX files. The panel shows what arrived and what was skipped, and why, before you train on it.</source>
        <translation>Entraînez sur vos propres images : importez un fichier CSV, un dossier d&apos;images (un sous-dossier par classe) ou des fichiers IDX. Le panneau montre ce qui est arrivé et ce qui a été ignoré, et pourquoi, avant que vous ne vous entraîniez dessus.</translation>
    </message>
    <message>
        <source>The input in the diagram through each first-layer neuron&apos;s eyes: its weights, the products weight × pixel that its weighted sum adds up, and then z = Σ w·x + b and a = σ(z) — exactly the activation the diagram shows for that neuron.</source>
        <translation>L&apos;entrée du diagramme vue par les yeux de chaque neurone de la première couche : ses poids, les produits poids × pixel que sa somme pondérée additionne, puis z = Σ w·x + b et a = σ(z) — exactement l&apos;activation que le diagramme montre pour ce neurone.</translation>
    </message>
    <message>
        <source>Draw one of the classes with the mouse. It is scaled and centred into 28×28 pixels (the small picture shows exactly what the network receives), then sent through the network: the bars are the output activations, one per class, and the diagram shows every neuron&apos;s response to your drawing.</source>
        <translation>Dessinez l&apos;une des classes à la souris. Le dessin est mis à l&apos;échelle et centré dans 28×28 pixels (la petite image montre exactement ce que reçoit le réseau), puis envoyé dans le réseau : les barres sont les activations de sortie, une par classe, et le diagramme montre la réponse de chaque neurone à votre dessin.</translation>
    </message>
    <message>
        <source>Every dot is one test image; its colour is the class it really belongs to. Each small plot places the images by one layer&apos;s values — the 784 pixels, then each layer&apos;s activations — flattened to 2-D along the two directions in which they vary most (principal component analysis; the % says how much of the variation those two directions show). In the pixels the classes overlap; a trained network pulls them apart layer by layer until the output can separate them. Hover a dot for its image and the network&apos;s answer; click to show it in the diagram. Instead of PCA the map can use t-SNE, which keeps each image&apos;s nearest neighbours together: clusters show more clearly, but distances between them mean less, and there is no %. t-SNE takes seconds per layer and needs the optional extra: pip install &quot;nnviz[tsne]&quot;.</source>
        <translation>Chaque point est une image de test ; sa couleur est la classe à laquelle elle appartient vraiment. Chaque petit graphique place les images selon les valeurs d&apos;une couche — les 784 pixels, puis les activations de chaque couche —, aplaties en 2-D selon les deux directions où elles varient le plus (analyse en composantes principales ; le % indique quelle part de la variation ces deux directions montrent). Dans les pixels, les classes se chevauchent ; un réseau entraîné les écarte couche après couche jusqu&apos;à ce que la sortie puisse les séparer. Survolez un point pour voir son image et la réponse du réseau ; cliquez pour l&apos;afficher dans le diagramme. Au lieu de la PCA, la carte peut utiliser t-SNE, qui garde ensemble les plus proches voisins de chaque image : les groupes ressortent plus nettement, mais les distances entre eux veulent moins dire, et il n&apos;y a pas de %. t-SNE prend quelques secondes par couche et demande l&apos;extra optionnel : pip install &quot;nnviz[tsne]&quot;.</translation>
    </message>
    <message>
        <source>Backpropagation for one example, the way the lesson tells it. For the image in the diagram and the class it should be, each output neuron wants to be nudged towards 1 or 0. It can get there three ways: change its bias, change its weights (most for the brightest previous neurons), or change the previous layer&apos;s activations. Adding up what every output wants from the layer before gives that layer&apos;s wishes, and so on backwards: that is the gradient of the cost for this one example.</source>
        <translation>La rétropropagation pour un exemple, telle que la leçon la raconte. Pour l&apos;image du diagramme et la classe qu&apos;elle devrait être, chaque neurone de sortie veut être poussé vers 1 ou vers 0. Il peut y arriver de trois façons : changer son biais, changer ses poids (surtout ceux des neurones précédents les plus lumineux), ou changer les activations de la couche précédente. Additionner ce que chaque sortie attend de la couche d&apos;avant donne les souhaits de cette couche, et ainsi de suite à rebours : c&apos;est le gradient du coût pour cet exemple.</translation>
    </message>
    <message>
        <source>How good the network is, and where it fails: the test accuracy; the confusion matrix (row = the true class, column = the answer, so everything off the diagonal is a mistake — click a cell for its images); the mistakes it makes most confidently; and the test images each hidden neuron responds to most.</source>
        <translation>La qualité du réseau, et où il échoue : l&apos;exactitude en test ; la matrice de confusion (ligne = la vraie classe, colonne = la réponse, donc tout ce qui est hors de la diagonale est une erreur — cliquez sur une case pour voir ses images) ; les erreurs qu&apos;il commet avec le plus d&apos;assurance ; et les images de test auxquelles chaque neurone caché réagit le plus.</translation>
    </message>
    <message>
        <source>The images the network learns from: samples of each class, how many there are of each, the average image of each class, the spread of pixel values, and what data augmentation does to them. Click an image to send it through the network.</source>
        <translation>Les images dont le réseau apprend : des exemples de chaque classe, combien il y en a de chacune, l&apos;image moyenne de chaque classe, la répartition des valeurs des pixels et ce que l&apos;augmentation des données leur fait. Cliquez sur une image pour l&apos;envoyer dans le réseau.</translation>
    </message>
    <message>
        <source>Colours, in every view: blue = positive, orange = negative, the background colour = zero (weights, gradients, nudges, contributions); a neuron&apos;s brightness is its activation, black = 0, white = 1.</source>
        <translation>Couleurs, dans toutes les vues : bleu = positif, orange = négatif, la couleur du fond = zéro (poids, gradients, coups de pouce, contributions) ; la luminosité d&apos;un neurone est son activation, noir = 0, blanc = 1.</translation>
    </message>
    <message>
        <source>No help has been written for this view yet.</source>
        <translation>Aucune aide n&apos;a encore été écrite pour cette vue.</translation>
    </message>
</context>
<context>
    <name>ImportData</name>
    <message>
        <source>your own data (instead of --dataset)</source>
        <translation>vos propres données (au lieu de --dataset)</translation>
    </message>
    <message>
        <source>CSV with a label column then the pixels (label,pixel0,…,pixel783)</source>
        <translation>CSV avec une colonne d&apos;étiquette puis les pixels (label,pixel0,…,pixel783)</translation>
    </message>
    <message>
        <source>folder with one sub-folder of PNG/JPEG/BMP images per class</source>
        <translation>dossier avec un sous-dossier d&apos;images PNG/JPEG/BMP par classe</translation>
    </message>
    <message>
        <source>an IDX images file and its labels file (EMNIST, KMNIST …)</source>
        <translation>un fichier d&apos;images IDX et son fichier d&apos;étiquettes (EMNIST, KMNIST …)</translation>
    </message>
    <message>
        <source>with --data-csv: a separate test CSV</source>
        <translation>avec --data-csv : un CSV de test séparé</translation>
    </message>
    <message>
        <source>with --data-idx: a separate test pair</source>
        <translation>avec --data-idx : une paire de test séparée</translation>
    </message>
    <message>
        <source>class names, one per line (or EMNIST&apos;s mapping file)</source>
        <translation>noms de classes, un par ligne (ou le fichier de correspondance d&apos;EMNIST)</translation>
    </message>
    <message>
        <source>share of each class held back for testing when no test set is given (default 0.2; which images, is fixed by --seed)</source>
        <translation>part de chaque classe mise de côté pour le test quand aucun ensemble de test n&apos;est fourni (0.2 par défaut ; quelles images, c&apos;est fixé par --seed)</translation>
    </message>
    <message>
        <source>use either --dataset or --data-csv/--data-folder/--data-idx, not both.</source>
        <translation>utilisez soit --dataset soit --data-csv/--data-folder/--data-idx, pas les deux.</translation>
    </message>
    <message>
        <source>--test-csv goes with --data-csv, and --test-idx with --data-idx.</source>
        <translation>--test-csv va avec --data-csv, et --test-idx avec --data-idx.</translation>
    </message>
    <message>
        <source>--class-names does not apply to --data-folder: the sub-folder names are the class names.</source>
        <translation>--class-names ne s&apos;applique pas à --data-folder : les noms des sous-dossiers sont les noms des classes.</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>note : {note}</translation>
    </message>
    <message>
        <source>skipped {where}: {reason}</source>
        <translation>ignoré {where} : {reason}</translation>
    </message>
    <message>
        <source>… and {n:,} more skipped</source>
        <translation>… et {n:,} autres ignorés</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>CSV file…</source>
        <translation>Fichier CSV…</translation>
    </message>
    <message>
        <source>A CSV with a label column then the pixels (label,pixel0,…,pixel783). Choose a second file to use it as the test set.</source>
        <translation>Un CSV avec une colonne d&apos;étiquette puis les pixels (label,pixel0,…,pixel783). Choisissez un second fichier pour l&apos;utiliser comme ensemble de test.</translation>
    </message>
    <message>
        <source>Image folder…</source>
        <translation>Dossier d&apos;images…</translation>
    </message>
    <message>
        <source>A folder with one sub-folder of PNG/JPEG/BMP pictures per class, e.g. digits/7/*.png</source>
        <translation>Un dossier avec un sous-dossier d&apos;images PNG/JPEG/BMP par classe, p. ex. digits/7/*.png</translation>
    </message>
    <message>
        <source>IDX files…</source>
        <translation>Fichiers IDX…</translation>
    </message>
    <message>
        <source>An IDX images file and its labels (EMNIST, KMNIST…); optionally the test pair and a class-names .txt, all at once</source>
        <translation>Un fichier d&apos;images IDX et ses étiquettes (EMNIST, KMNIST…) ; éventuellement la paire de test et un .txt de noms de classes, tout à la fois</translation>
    </message>
    <message>
        <source>My digits</source>
        <translation>Mes chiffres</translation>
    </message>
    <message>
        <source>The drawings you saved from the pad</source>
        <translation>Les dessins que vous avez enregistrés depuis la zone de dessin</translation>
    </message>
    <message>
        <source>Share of each class held back as the test set when the data bring none</source>
        <translation>Part de chaque classe mise de côté comme ensemble de test quand les données n&apos;en apportent pas</translation>
    </message>
    <message>
        <source>Which images are held back is fixed by this seed: the same seed gives the same split</source>
        <translation>Les images mises de côté sont fixées par cette graine : la même graine donne le même partage</translation>
    </message>
    <message>
        <source>Test split</source>
        <translation>Part de test</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>graine</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the import; nothing is kept from it.</source>
        <translation>Arrêter l&apos;import ; rien n&apos;en est conservé.</translation>
    </message>
    <message>
        <source>Bring your own data: import it, look at it, then train on it.</source>
        <translation>Apportez vos propres données : importez-les, regardez-les, puis entraînez le réseau dessus.</translation>
    </message>
    <message>
        <source>Everything that was not imported, and why</source>
        <translation>Tout ce qui n&apos;a pas été importé, et pourquoi</translation>
    </message>
    <message>
        <source>Train on this dataset</source>
        <translation>Entraîner sur ce jeu de données</translation>
    </message>
    <message>
        <source>Make this the training data; the output layer gets one neuron per class</source>
        <translation>En faire les données d&apos;entraînement ; la couche de sortie reçoit un neurone par classe</translation>
    </message>
    <message>
        <source>CSV file (and optionally its test CSV)</source>
        <translation>Fichier CSV (et éventuellement son CSV de test)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Folder with one sub-folder per class</source>
        <translation>Dossier avec un sous-dossier par classe</translation>
    </message>
    <message>
        <source>IDX images and labels (optionally the test pair and a class-names .txt)</source>
        <translation>Images et étiquettes IDX (éventuellement la paire de test et un .txt de noms de classes)</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Un import est déjà en cours.</translation>
    </message>
    <message>
        <source>Importing {what}…</source>
        <translation>Import de {what}…</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import annulé.</translation>
    </message>
    <message>
        <source>Could not import: {message}</source>
        <translation>Import impossible : {message}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {n:,} images in {classes} classes, {h}×{w} pixels — {train:,} training, {test:,} test</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; : {n:,} images en {classes} classes, {h}×{w} pixels — {train:,} d&apos;entraînement, {test:,} de test</translation>
    </message>
    <message>
        <source>Skipped {n:,} item(s) (first {shown:,} listed):</source>
        <translation>{n:,} élément(s) ignoré(s) (les {shown:,} premiers listés) :</translation>
    </message>
    <message>
        <source>Skipped {n:,} item(s):</source>
        <translation>{n:,} élément(s) ignoré(s) :</translation>
    </message>
    <message>
        <source>Nothing was skipped.</source>
        <translation>Rien n&apos;a été ignoré.</translation>
    </message>
    <message>
        <source>Training data: {name} ({classes} classes).</source>
        <translation>Données d&apos;entraînement : {name} ({classes} classes).</translation>
    </message>
</context>
<context>
    <name>ImportSummaryView</name>
    <message>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
</context>
<context>
    <name>InputCaption</name>
    <message>
        <source>your drawing</source>
        <translation>votre dessin</translation>
    </message>
    <message>
        <source>training example {i:,}</source>
        <translation>exemple d&apos;entraînement {i:,}</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Erreur inattendue : {error}</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop this computation (Esc)</source>
        <translation>Arrêter ce calcul (Échap)</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Calcul en cours…</translation>
    </message>
</context>
<context>
    <name>LabPanel</name>
    <message>
        <source>Lab</source>
        <translation>Labo</translation>
    </message>
    <message>
        <source>Share of a fixed random sample of 1,000 test images that the network gets right, and its cost C on them, before → after your edits. Updates as you move a slider.</source>
        <translation>Part d&apos;un échantillon aléatoire fixe de 1 000 images de test que le réseau reconnaît, et son coût C sur celles-ci, avant → après vos modifications. Se met à jour quand vous déplacez un curseur.</translation>
    </message>
    <message>
        <source>The same on every test image, computed in the background a moment later.</source>
        <translation>La même chose sur toutes les images de test, calculée en arrière-plan un instant plus tard.</translation>
    </message>
    <message>
        <source>Every edit now applied. Reset edits removes them all.</source>
        <translation>Toutes les modifications appliquées. « Annuler les modifications » les retire toutes.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Edits</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Reset edits</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Undo every edit: back to the network the window is showing.</source>
        <translation>Annuler toutes les modifications : revenir au réseau affiché par la fenêtre.</translation>
    </message>
    <message>
        <source>Use this network</source>
        <translation>Utiliser ce réseau</translation>
    </message>
    <message>
        <source>Make the edited network the window&apos;s current network (the diagram, the pad and File ▸ Save model then use it).</source>
        <translation>Faire du réseau modifié le réseau actuel de la fenêtre (le diagramme, la zone de dessin et Fichier ▸ Enregistrer le modèle l&apos;utilisent alors).</translation>
    </message>
    <message>
        <source>Save edited…</source>
        <translation>Enregistrer le modifié…</translation>
    </message>
    <message>
        <source>Save the edited network as a model file, without changing the window&apos;s network.</source>
        <translation>Enregistrer le réseau modifié comme fichier de modèle, sans changer le réseau de la fenêtre.</translation>
    </message>
    <message>
        <source>No network yet: train one or load a model.</source>
        <translation>Pas encore de réseau : entraînez-en un ou chargez un modèle.</translation>
    </message>
    <message>
        <source>The network changed, so the lab&apos;s edits were dropped.</source>
        <translation>Le réseau a changé, les modifications du labo ont donc été abandonnées.</translation>
    </message>
    <message>
        <source>The edited network is now the current one; File ▸ Save model saves it.</source>
        <translation>Le réseau modifié est maintenant le réseau actuel ; Fichier ▸ Enregistrer le modèle l&apos;enregistre.</translation>
    </message>
    <message>
        <source>Save edited network</source>
        <translation>Enregistrer le réseau modifié</translation>
    </message>
    <message>
        <source>nnviz model (*.npz)</source>
        <translation>modèle nnviz (*.npz)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>Saved the edited network to {path}</source>
        <translation>Réseau modifié enregistré dans {path}</translation>
    </message>
    <message>
        <source>no edits: the original network</source>
        <translation>aucune modification : le réseau d&apos;origine</translation>
    </message>
    <message>
        <source>Load a dataset to measure accuracy.</source>
        <translation>Chargez un jeu de données pour mesurer l&apos;exactitude.</translation>
    </message>
    <message>
        <source>Accuracy on {n:,} test images: {a0} → &lt;b&gt;{a1}&lt;/b&gt; · cost C {c0:.3f} → &lt;b&gt;{c1:.3f}&lt;/b&gt;</source>
        <translation>Exactitude sur {n:,} images de test : {a0} → &lt;b&gt;{a1}&lt;/b&gt; · coût C {c0:.3f} → &lt;b&gt;{c1:.3f}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All test images: measuring…</source>
        <translation>Toutes les images de test : mesure en cours…</translation>
    </message>
    <message>
        <source>Show an input in the diagram to see the network&apos;s answer.</source>
        <translation>Affichez une entrée dans le diagramme pour voir la réponse du réseau.</translation>
    </message>
    <message>
        <source>For the {caption}, true label {label}: the original network says {before}, the edited one says &lt;b&gt;{after}&lt;/b&gt;.</source>
        <translation>Pour {caption}, vraie étiquette {label} : le réseau d&apos;origine dit {before}, le modifié dit &lt;b&gt;{after}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>For the {caption}: the original network says {before}, the edited one says &lt;b&gt;{after}&lt;/b&gt;.</source>
        <translation>Pour {caption} : le réseau d&apos;origine dit {before}, le modifié dit &lt;b&gt;{after}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>All {n:,} test images: {before} → &lt;b&gt;{after}&lt;/b&gt;</source>
        <translation>Les {n:,} images de test : {before} → &lt;b&gt;{after}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>LandscapePanel</name>
    <message>
        <source>Path plane (PCA)</source>
        <translation>Plan du trajet (ACP)</translation>
    </message>
    <message>
        <source>Random plane</source>
        <translation>Plan aléatoire</translation>
    </message>
    <message>
        <source>Cost landscape</source>
        <translation>Paysage du coût</translation>
    </message>
    <message>
        <source>Training path: the plane in which training actually moved (two principal directions of the recorded parameters). Random: two Gaussian directions, each neuron&apos;s scaled to its own weights.</source>
        <translation>Trajet d&apos;entraînement : le plan dans lequel l&apos;entraînement s&apos;est réellement déplacé (deux directions principales des paramètres enregistrés). Aléatoire : deux directions gaussiennes, chacune mise à l&apos;échelle des poids propres de chaque neurone.</translation>
    </message>
    <message>
        <source>Training examples the cost is measured on</source>
        <translation>Exemples d&apos;entraînement sur lesquels le coût est mesuré</translation>
    </message>
    <message>
        <source> examples</source>
        <translation> exemples</translation>
    </message>
    <message>
        <source>Grid points per side (the grid is n × n)</source>
        <translation>Points de grille par côté (la grille est n × n)</translation>
    </message>
    <message>
        <source>grid </source>
        <translation>grille </translation>
    </message>
    <message>
        <source>Random directions: how far to go each way, in units of the weights&apos; own size</source>
        <translation>Directions aléatoires : jusqu&apos;où aller dans chaque sens, en unités de la taille propre des poids</translation>
    </message>
    <message>
        <source>Learning rate η of the next step drawn on the slice along −∇C</source>
        <translation>Taux d&apos;apprentissage η du prochain pas tracé sur la coupe le long de −∇C</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Calculer</translation>
    </message>
    <message>
        <source>Slice the cost around the current parameters (F9)</source>
        <translation>Couper le coût autour des paramètres actuels (F9)</translation>
    </message>
    <message>
        <source>Press Compute to slice the cost around the current parameters.</source>
        <translation>Appuyez sur Calculer pour couper le coût autour des paramètres actuels.</translation>
    </message>
    <message>
        <source>The landscape</source>
        <translation>Le paysage</translation>
    </message>
    <message>
        <source>This network has too many parameters to record its training path, so random directions are shown.</source>
        <translation>Ce réseau a trop de paramètres pour enregistrer son chemin d&apos;entraînement ; des directions aléatoires sont donc affichées.</translation>
    </message>
    <message>
        <source>No training path recorded yet (train a little first), so random directions are shown.</source>
        <translation>Aucun trajet d&apos;entraînement enregistré pour l&apos;instant (entraînez un peu d&apos;abord), des directions aléatoires sont donc affichées.</translation>
    </message>
    <message>
        <source>Slicing the cost</source>
        <translation>Coupe du coût</translation>
    </message>
    <message>
        <source>α (path direction 1)</source>
        <translation>α (direction du trajet 1)</translation>
    </message>
    <message>
        <source>β (path direction 2)</source>
        <translation>β (direction du trajet 2)</translation>
    </message>
    <message>
        <source>α (random direction 1)</source>
        <translation>α (direction aléatoire 1)</translation>
    </message>
    <message>
        <source>β (random direction 2)</source>
        <translation>β (direction aléatoire 2)</translation>
    </message>
    <message>
        <source>Training-path plane ({first:.0f} % + {second:.0f} % of its spread)</source>
        <translation>Plan du trajet d&apos;entraînement ({first:.0f} % + {second:.0f} % de sa dispersion)</translation>
    </message>
    <message>
        <source>Plane of two random filter-normalised directions</source>
        <translation>Plan de deux directions aléatoires normalisées par filtre</translation>
    </message>
    <message>
        <source>★ = now, after {step:,} mini-batches</source>
        <translation>★ = maintenant, après {step:,} mini-lots</translation>
    </message>
    <message>
        <source>★ = now</source>
        <translation>★ = maintenant</translation>
    </message>
    <message>
        <source>{grid}×{grid} grid on {n:,} examples: {seconds:.2f} s. Along −∇C the slope is {slope:.3g}; a step of η = {lr:g} goes {step:.3g} and takes C from {C0:.4g} to {C_step:.4g}.</source>
        <translation>Grille {grid}×{grid} sur {n:,} exemples : {seconds:.2f} s. Le long de −∇C la pente vaut {slope:.3g} ; un pas de η = {lr:g} avance de {step:.3g} et fait passer C de {C0:.4g} à {C_step:.4g}.</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <source>cost around θ₀ (log₁₀ C)</source>
        <translation>coût autour de θ₀ (log₁₀ C)</translation>
    </message>
    <message>
        <source>α (direction 1)</source>
        <translation>α (direction 1)</translation>
    </message>
    <message>
        <source>β (direction 2)</source>
        <translation>β (direction 2)</translation>
    </message>
    <message>
        <source>cost along −∇C</source>
        <translation>coût le long de −∇C</translation>
    </message>
    <message>
        <source>distance along −∇C</source>
        <translation>distance le long de −∇C</translation>
    </message>
    <message>
        <source>cost C</source>
        <translation>coût C</translation>
    </message>
    <message>
        <source>tangent, slope −‖∇C‖</source>
        <translation>tangente, pente −‖∇C‖</translation>
    </message>
    <message>
        <source>after the next step (η‖∇C‖)</source>
        <translation>après le prochain pas (η‖∇C‖)</translation>
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
    <name>LessonController</name>
    <message>
        <source>Lesson guide</source>
        <translation>Guide de la leçon</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Leçons</translation>
    </message>
    <message>
        <source>training example {i:,}</source>
        <translation>exemple d&apos;entraînement {i:,}</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Watch a neural network learn to read handwritten digits. Without a command, opens the window.</source>
        <translation>Regardez un réseau de neurones apprendre à lire des chiffres manuscrits. Sans commande, ouvre la fenêtre.</translation>
    </message>
    <message>
        <source>train from the command line</source>
        <translation>entraîner en ligne de commande</translation>
    </message>
    <message>
        <source>classify image files with a model</source>
        <translation>classer des fichiers image avec un modèle</translation>
    </message>
    <message>
        <source>download MNIST into the user cache</source>
        <translation>télécharger MNIST dans le cache de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>add nnviz to (or remove it from) your application menu</source>
        <translation>ajouter nnviz au menu des applications (ou l&apos;en retirer)</translation>
    </message>
    <message>
        <source>open the window (the default)</source>
        <translation>ouvrir la fenêtre (par défaut)</translation>
    </message>
    <message>
        <source>measure training and GUI speed</source>
        <translation>mesurer la vitesse de l&apos;entraînement et de l&apos;interface</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>nnviz — watch a neural network learn to read digits</source>
        <translation>nnviz — regardez un réseau de neurones apprendre à lire des chiffres</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>First-layer weights</source>
        <translation>Poids de la première couche</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>Dessiner un chiffre</translation>
    </message>
    <message>
        <source>Cost and accuracy</source>
        <translation>Coût et exactitude</translation>
    </message>
    <message>
        <source>Network settings changed: press Reset to build the new network.</source>
        <translation>Réglages du réseau modifiés : appuyez sur Réinitialiser pour construire le nouveau réseau.</translation>
    </message>
    <message>
        <source>Draw a piece of clothing</source>
        <translation>Dessiner un vêtement</translation>
    </message>
    <message>
        <source>nnviz — watch a neural network learn to tell clothes apart</source>
        <translation>nnviz — regardez un réseau de neurones apprendre à distinguer des vêtements</translation>
    </message>
    <message>
        <source>Draw something</source>
        <translation>Dessiner quelque chose</translation>
    </message>
    <message>
        <source>nnviz — watch a neural network learn to tell pictures apart</source>
        <translation>nnviz — regardez un réseau de neurones apprendre à distinguer des images</translation>
    </message>
    <message>
        <source>Nothing drawn yet</source>
        <translation>Rien de dessiné pour l&apos;instant</translation>
    </message>
    <message>
        <source>No model for 28×28 images yet</source>
        <translation>Pas encore de modèle pour des images 28×28</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Réinitialiser la disposition</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>F1 — what am I looking at? (explains the view in use)</source>
        <translation>F1 — qu&apos;est-ce que je regarde ? (explique la vue active)</translation>
    </message>
    <message>
        <source>F5 or Ctrl+Enter — train / pause / resume</source>
        <translation>F5 ou Ctrl+Entrée — entraîner / mettre en pause / reprendre</translation>
    </message>
    <message>
        <source>F10 — step one mini-batch</source>
        <translation>F10 — un pas d&apos;un mini-lot</translation>
    </message>
    <message>
        <source>Shift+F10 — step one epoch</source>
        <translation>Maj+F10 — une époque</translation>
    </message>
    <message>
        <source>Ctrl+R — reset the network</source>
        <translation>Ctrl+R — réinitialiser le réseau</translation>
    </message>
    <message>
        <source>F4 — the diagram follows the training examples again</source>
        <translation>F4 — le diagramme suit à nouveau les exemples d&apos;entraînement</translation>
    </message>
    <message>
        <source>Ctrl+O / Ctrl+S — load / save model</source>
        <translation>Ctrl+O / Ctrl+S — charger / enregistrer le modèle</translation>
    </message>
    <message>
        <source>Ctrl+E — export the window as PNG</source>
        <translation>Ctrl+E — exporter la fenêtre en PNG</translation>
    </message>
    <message>
        <source>Ctrl+B (in Backprop) — apply this example&apos;s gradient step</source>
        <translation>Ctrl+B (dans Rétropropagation) — appliquer le pas de gradient de cet exemple</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S — save the drawing to your own digits</source>
        <translation>Ctrl+Maj+S — enregistrer le dessin dans vos propres chiffres</translation>
    </message>
    <message>
        <source>F6 — show the view in use alone (again: back)</source>
        <translation>F6 — afficher seule la vue active (à nouveau : retour)</translation>
    </message>
    <message>
        <source>F11 — presenting: full screen, larger text</source>
        <translation>F11 — présentation : plein écran, texte plus grand</translation>
    </message>
    <message>
        <source>Ctrl+= / Ctrl+− / Ctrl+0 — larger, smaller, normal text</source>
        <translation>Ctrl+= / Ctrl+− / Ctrl+0 — texte plus grand, plus petit, normal</translation>
    </message>
    <message>
        <source>Esc (on the pad) — clear the drawing</source>
        <translation>Échap (sur la zone de dessin) — effacer le dessin</translation>
    </message>
    <message>
        <source>Ctrl+Z (on the pad) — undo the last stroke</source>
        <translation>Ctrl+Z (sur la zone de dessin) — annuler le dernier trait</translation>
    </message>
    <message>
        <source>Ctrl+Q — quit</source>
        <translation>Ctrl+Q — quitter</translation>
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
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Entraîner</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <source>Reading the model…</source>
        <translation type="vanished">Lecture du modèle…</translation>
    </message>
</context>
<context>
    <name>ModelFilesController</name>
    <message>
        <source>Load model…</source>
        <translation>Charger un modèle…</translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation>Enregistrer le modèle…</translation>
    </message>
    <message>
        <source>Export window as PNG…</source>
        <translation>Exporter la fenêtre en PNG…</translation>
    </message>
    <message>
        <source>Export view as PNG</source>
        <translation>Exporter une vue en PNG</translation>
    </message>
    <message>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>coût</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>pad</source>
        <translation>zone de dessin</translation>
    </message>
    <message>
        <source>Load model</source>
        <translation>Charger un modèle</translation>
    </message>
    <message>
        <source>nnviz model (*.npz)</source>
        <translation>Modèle nnviz (*.npz)</translation>
    </message>
    <message>
        <source>Reading the model…</source>
        <translation>Lecture du modèle…</translation>
    </message>
    <message>
        <source>{file}: the network takes {inputs} inputs but {data} images have {pixels} pixels; load a model made for these images, or press Reset to build one.</source>
        <translation>{file} : le réseau prend {inputs} entrées mais les images de {data} ont {pixels} pixels ; chargez un modèle fait pour ces images, ou appuyez sur Réinitialiser pour en construire un.</translation>
    </message>
    <message>
        <source>Cannot load this autosave</source>
        <translation>Impossible de charger cette sauvegarde automatique</translation>
    </message>
    <message>
        <source>Cannot load this model</source>
        <translation>Impossible de charger ce modèle</translation>
    </message>
    <message>
        <source>loaded from {path}</source>
        <translation>chargé depuis {path}</translation>
    </message>
    <message>
        <source>Loaded {path}; Train continues training it.</source>
        <translation>{path} chargé ; Entraîner poursuit son entraînement.</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Impossible d&apos;enregistrer</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} enregistré</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Exporter en PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Impossible d&apos;exporter</translation>
    </message>
    <message>
        <source>Could not write {path}.</source>
        <translation type="vanished">Impossible d&apos;écrire {path}.</translation>
    </message>
</context>
<context>
    <name>NetworkCaption</name>
    <message>
        <source>pretrained 784-16-16-10 (96.4 % on MNIST)</source>
        <translation>pré-entraîné 784-16-16-10 (96,4 % sur MNIST)</translation>
    </message>
    <message>
        <source>pretrained 784-16-16-10 (3b1b-96 preset, 96.4 % on MNIST)</source>
        <translation>pré-entraîné 784-16-16-10 (préréglage 3b1b-96, 96,4 % sur MNIST)</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>⋮ {n} more</source>
        <translation>⋮ {n} de plus</translation>
    </message>
    <message>
        <source>{side}×{side} input</source>
        <translation>entrée {side}×{side}</translation>
    </message>
    <message>
        <source>input · {n}</source>
        <translation>entrée · {n}</translation>
    </message>
    <message>
        <source>hidden {layer} · {n}</source>
        <translation>cachée {layer} · {n}</translation>
    </message>
    <message>
        <source>output · {n}</source>
        <translation>sortie · {n}</translation>
    </message>
    <message>
        <source>label: {label}</source>
        <translation>étiquette : {label}</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>+ blue</source>
        <translation>+ bleu</translation>
    </message>
    <message>
        <source>− orange   activation  0</source>
        <translation>− orange   activation  0</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>bleu</translation>
    </message>
    <message>
        <source>Esc or click outside to close</source>
        <translation>Échap ou clic à côté pour fermer</translation>
    </message>
    <message>
        <source>No network yet — press Train or load a model</source>
        <translation>Pas de réseau — appuyez sur Entraîner ou chargez un modèle</translation>
    </message>
    <message>
        <source>Input pixel {index} (row {row}, column {column})</source>
        <translation>Pixel d&apos;entrée {index} (ligne {row}, colonne {column})</translation>
    </message>
    <message>
        <source>Input {index}</source>
        <translation>Entrée {index}</translation>
    </message>
    <message>
        <source>Output neuron {index} (“{name}”)</source>
        <translation>Neurone de sortie {index} (« {name} »)</translation>
    </message>
    <message>
        <source>Hidden layer {layer}, neuron {index}</source>
        <translation>Couche cachée {layer}, neurone {index}</translation>
    </message>
    <message>
        <source>(the fill is clamped to 0…1)</source>
        <translation>(le remplissage est limité à 0…1)</translation>
    </message>
    <message>
        <source>Click to see its {n} incoming weights</source>
        <translation>Cliquez pour voir ses {n} poids entrants</translation>
    </message>
    <message>
        <source>Weights into output neuron {index}</source>
        <translation>Poids vers le neurone de sortie {index}</translation>
    </message>
    <message>
        <source>Weights into hidden neuron {index}</source>
        <translation>Poids vers le neurone caché {index}</translation>
    </message>
</context>
<context>
    <name>NeuronFan</name>
    <message>
        <source>Edges: ∂a_j/∂w_jk = σ′(z_j)·a_k — raising a weight helps most where the input neuron is bright.
Arrows on the inputs: ∂a_j/∂a_k = σ′(z_j)·w_jk — how changing that neuron&apos;s activation would move a_j.
b: ∂a_j/∂b_j = σ′(z_j) — raising the bias.</source>
        <translation>Arêtes : ∂a_j/∂w_jk = σ′(z_j)·a_k — augmenter un poids aide le plus là où le neurone d&apos;entrée est lumineux.
Flèches sur les entrées : ∂a_j/∂a_k = σ′(z_j)·w_jk — comment un changement de l&apos;activation de ce neurone déplacerait a_j.
b : ∂a_j/∂b_j = σ′(z_j) — augmenter le biais.</translation>
    </message>
    <message>
        <source>three ways to raise {name}</source>
        <translation>trois façons d&apos;augmenter {name}</translation>
    </message>
    <message>
        <source>edges: σ′·a_k · arrows: σ′·w</source>
        <translation>arêtes : σ′·a_k · flèches : σ′·w</translation>
    </message>
</context>
<context>
    <name>NeuronInspector</name>
    <message>
        <source>One neuron</source>
        <translation>Un neurone</translation>
    </message>
    <message>
        <source>Which layer the neuron is in. Tip: click a neuron in the diagram to pick it.</source>
        <translation>Dans quelle couche se trouve le neurone. Astuce : cliquez sur un neurone dans le diagramme pour le choisir.</translation>
    </message>
    <message>
        <source>Which neuron of that layer (counting from 0).</source>
        <translation>Quel neurone de cette couche (en comptant à partir de 0).</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>Neuron</source>
        <translation>Neurone</translation>
    </message>
    <message>
        <source>For the input shown in the diagram: the weighted sum z = Σ w·a + b, the activation a = σ(z) and the bias b, before and after your edits.</source>
        <translation>Pour l&apos;entrée affichée dans le diagramme : la somme pondérée z = Σ w·a + b, l&apos;activation a = σ(z) et le biais b, avant et après vos modifications.</translation>
    </message>
    <message>
        <source>Its incoming weights after the edits. Picture (first hidden layer, as in First-layer weights): red pixels push the neuron on when lit, blue push it off. Bars (deeper layers, as in the diagram): blue positive, orange negative.</source>
        <translation type="vanished">Ses poids entrants après les modifications. Image (première couche cachée, comme dans Poids de la première couche) : les pixels rouges allument le neurone quand ils sont éclairés, les bleus l&apos;éteignent. Barres (couches plus profondes, comme dans le diagramme) : bleu positif, orange négatif.</translation>
    </message>
    <message>
        <source>Its incoming weights after the edits, in the app&apos;s colours: blue = positive, orange = negative, background colour = zero. A picture for the first hidden layer (as in First-layer weights: blue pixels push the neuron on when lit), bars for deeper layers (as in the diagram).</source>
        <translation>Ses poids entrants après les modifications, aux couleurs de l&apos;application : bleu = positif, orange = négatif, couleur de fond = zéro. Une image pour la première couche cachée (comme dans Poids de la première couche : les pixels bleus allument le neurone quand ils sont éclairés), des barres pour les couches plus profondes (comme dans le diagramme).</translation>
    </message>
    <message>
        <source>Shift the bias b by Δb. z moves by exactly Δb for every input; a sigmoid neuron then fires more (Δb &gt; 0) or less (Δb &lt; 0) easily.</source>
        <translation>Décaler le biais b de Δb. z se déplace exactement de Δb pour chaque entrée ; un neurone sigmoïde s&apos;active alors plus (Δb &gt; 0) ou moins (Δb &lt; 0) facilement.</translation>
    </message>
    <message>
        <source>Multiply the incoming weights by s. s &gt; 1 makes the neuron more sensitive to its pattern, 0 makes it ignore its inputs (a = σ(b)), s &lt; 0 makes it look for the opposite pattern.</source>
        <translation>Multiplier les poids entrants par s. s &gt; 1 rend le neurone plus sensible à son motif, 0 lui fait ignorer ses entrées (a = σ(b)), s &lt; 0 lui fait chercher le motif opposé.</translation>
    </message>
    <message>
        <source>switch off</source>
        <translation>éteindre</translation>
    </message>
    <message>
        <source>Its output becomes 0 for every input: nothing after it hears it any more. Watch how much (or how little) the accuracy drops.</source>
        <translation>Sa sortie devient 0 pour toute entrée : plus rien après lui ne l&apos;entend. Observez de combien (ou de combien peu) l&apos;exactitude baisse.</translation>
    </message>
    <message>
        <source>Bias shift Δb</source>
        <translation>Décalage du biais Δb</translation>
    </message>
    <message>
        <source>Weight scale s</source>
        <translation>Échelle des poids s</translation>
    </message>
    <message>
        <source>output</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>hidden {layer}</source>
        <translation>cachée {layer}</translation>
    </message>
    <message>
        <source>No input in the diagram yet.</source>
        <translation>Pas encore d&apos;entrée dans le diagramme.</translation>
    </message>
    <message>
        <source>original</source>
        <translation>d&apos;origine</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
</context>
<context>
    <name>NeuronSeesPanel</name>
    <message>
        <source>Left: a neuron&apos;s weights w (red pushes it on, blue off). Right: w ⊙ x, the weights times this input&apos;s pixels — only where there is ink. The neuron adds these up (Σ), adds its bias b, and squashes z = Σ + b into its activation a.</source>
        <translation type="vanished">À gauche : les poids w d&apos;un neurone (le rouge l&apos;allume, le bleu l&apos;éteint). À droite : w ⊙ x, les poids multipliés par les pixels de cette entrée — seulement là où il y a de l&apos;encre. Le neurone les additionne (Σ), ajoute son biais b et écrase z = Σ + b en son activation a.</translation>
    </message>
    <message>
        <source>Left: a neuron&apos;s weights w (blue = positive: ink there pushes it on; orange = negative: pushes it off; background colour = zero). Right: w ⊙ x, the weights times this input&apos;s pixels — only where there is ink. The neuron adds these up (Σ), adds its bias b, and squashes z = Σ + b into its activation a.</source>
        <translation>À gauche : les poids w d&apos;un neurone (bleu = positif : de l&apos;encre à cet endroit l&apos;allume ; orange = négatif : l&apos;éteint ; couleur de fond = zéro). À droite : w ⊙ x, les poids multipliés par les pixels de cette entrée — seulement là où il y a de l&apos;encre. Le neurone les additionne (Σ), ajoute son biais b et écrase z = Σ + b en son activation a.</translation>
    </message>
    <message>
        <source>What each neuron sees</source>
        <translation>Ce que voit chaque neurone</translation>
    </message>
    <message>
        <source>Previous neurons</source>
        <translation>Neurones précédents</translation>
    </message>
    <message>
        <source>Next neurons</source>
        <translation>Neurones suivants</translation>
    </message>
    <message>
        <source>Nothing to look at yet: the diagram shows no input, or its inputs are not a square image.</source>
        <translation>Rien à regarder pour l&apos;instant : le diagramme n&apos;affiche aucune entrée, ou ses entrées ne forment pas une image carrée.</translation>
    </message>
    <message>
        <source>(label {label})</source>
        <translation>(étiquette {label})</translation>
    </message>
    <message>
        <source>{n} first-layer neurons, {activation}</source>
        <translation>{n} neurones de la première couche, {activation}</translation>
    </message>
    <message>
        <source>{first}–{last} of {n}</source>
        <translation>{first}–{last} sur {n}</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>{title}: could not update ({error})</source>
        <translation>{title} : mise à jour impossible ({error})</translation>
    </message>
</context>
<context>
    <name>PixelHistogramPlot</name>
    <message>
        <source>pixels (log scale)</source>
        <translation>pixels (échelle log)</translation>
    </message>
    <message>
        <source>pixel value (0 = black, 1 = white)</source>
        <translation>valeur du pixel (0 = noir, 1 = blanc)</translation>
    </message>
</context>
<context>
    <name>PointMapPanel</name>
    <message>
        <source>Point map</source>
        <translation>Carte de points</translation>
    </message>
    <message>
        <source>Dot colour = the image&apos;s true label.</source>
        <translation>Couleur du point = la vraie étiquette de l&apos;image.</translation>
    </message>
    <message>
        <source>Each dot is one test image, placed by the two directions in which that layer&apos;s values vary most (PCA). Hover a dot to see the image; click it to show it in the diagram.</source>
        <translation>Chaque point est une image de test, placée selon les deux directions où les valeurs de cette couche varient le plus (PCA). Survolez un point pour voir l&apos;image ; cliquez pour l&apos;afficher dans le diagramme.</translation>
    </message>
    <message>
        <source>Hover a dot</source>
        <translation>Survolez un point</translation>
    </message>
    <message>
        <source>Each dot is one test image, placed by t-SNE so that images the layer sees as alike lie close together; distances between clusters mean little. Hover a dot to see the image; click it to show it in the diagram.</source>
        <translation>Chaque point est une image de test, placée par t-SNE de sorte que les images que cette couche voit comme semblables soient proches ; les distances entre groupes veulent dire peu de chose. Survolez un point pour voir l&apos;image ; cliquez pour l&apos;afficher dans le diagramme.</translation>
    </message>
    <message>
        <source>Load a dataset and a matching network to see the point map.</source>
        <translation>Chargez un jeu de données et un réseau correspondant pour voir la carte de points.</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>output</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>hidden {layer}</source>
        <translation>cachée {layer}</translation>
    </message>
    <message>
        <source>{name}: computing…</source>
        <translation>{name} : calcul…</translation>
    </message>
    <message>
        <source> (earlier state)</source>
        <translation> (état antérieur)</translation>
    </message>
    <message>
        <source>{n:,} test images by PCA (% = variance shown)</source>
        <translation>{n:,} images de test par PCA (% = variance montrée)</translation>
    </message>
    <message>
        <source>{how}; {percent:.1f} % answered right.{stale}</source>
        <translation>{how} ; {percent:.1f} % de bonnes réponses.{stale}</translation>
    </message>
    <message>
        <source>right</source>
        <translation>juste</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>faux</translation>
    </message>
    <message>
        <source>test image {i:,}
true label: {label}
network says: {answer} ({value:.2f}, {verdict})</source>
        <translation>image de test {i:,}
vraie étiquette : {label}
le réseau dit : {answer} ({value:.2f}, {verdict})</translation>
    </message>
    <message>
        <source>Hover a dot to see its image; click to show it in the diagram.</source>
        <translation>Survolez un point pour voir son image ; cliquez pour l&apos;afficher dans le diagramme.</translation>
    </message>
    <message>
        <source>test image {i:,}</source>
        <translation>image de test {i:,}</translation>
    </message>
</context>
<context>
    <name>Predict</name>
    <message>
        <source>feed 28×28 images as they are (white ink on black, like MNIST)</source>
        <translation>donner les images 28×28 telles quelles (encre blanche sur noir, comme MNIST)</translation>
    </message>
    <message>
        <source>one JSON object per image on stdout</source>
        <translation>un objet JSON par image sur stdout</translation>
    </message>
    <message>
        <source>{model}: the network takes {n} inputs, which is not a square image, so it cannot classify pictures.</source>
        <translation>{model} : le réseau prend {n} entrées, ce qui n&apos;est pas une image carrée, il ne peut donc pas classer d&apos;images.</translation>
    </message>
    <message>
        <source>{model}: the network takes {side}×{side} images, but pictures are prepared as 28×28 like MNIST; pass --raw with {side}×{side} images.</source>
        <translation>{model} : le réseau prend des images {side}×{side}, mais les images sont préparées en 28×28 comme MNIST ; passez --raw avec des images {side}×{side}.</translation>
    </message>
    <message>
        <source>{name}: --raw needs a {side}×{side} image; this one is {w}×{h}.</source>
        <translation>{name} : --raw demande une image {side}×{side} ; celle-ci fait {w}×{h}.</translation>
    </message>
    <message>
        <source>{name}: cannot be prepared as a digit ({reason}).</source>
        <translation>{name} : ne peut pas être préparée comme un chiffre ({reason}).</translation>
    </message>
</context>
<context>
    <name>PredictionView</name>
    <message>
        <source>Nothing drawn yet</source>
        <translation>Rien de dessiné pour l&apos;instant</translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation>Pas encore de modèle</translation>
    </message>
    <message>
        <source>what the network sees (28×28)</source>
        <translation>ce que voit le réseau (28×28)</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>probabilité</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>activation</translation>
    </message>
    <message>
        <source>an {name}</source>
        <translation type="vanished">un {name}</translation>
    </message>
    <message>
        <source>a {name}</source>
        <translation type="vanished">un {name}</translation>
    </message>
    <message>
        <source>It&apos;s {thing} ({value})</source>
        <translation type="vanished">C&apos;est {thing} ({value})</translation>
    </message>
    <message>
        <source>Maybe {thing} ({value})</source>
        <translation type="vanished">Peut-être {thing} ({value})</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>download {name}</source>
        <translation>téléchargement {name}</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <source>Reading the run…</source>
        <translation type="vanished">Lecture de l&apos;exécution…</translation>
    </message>
</context>
<context>
    <name>ReplayController</name>
    <message>
        <source>Replay</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Open run…</source>
        <translation>Ouvrir un entraînement…</translation>
    </message>
    <message>
        <source>Open a recorded training run (.npz) to replay it</source>
        <translation>Ouvrir un entraînement enregistré (.npz) pour le rejouer</translation>
    </message>
    <message>
        <source>Save run…</source>
        <translation>Enregistrer l&apos;entraînement…</translation>
    </message>
    <message>
        <source>Save this run&apos;s recorded history to replay it later or in class</source>
        <translation>Enregistrer l&apos;historique de cet entraînement pour le rejouer plus tard ou en classe</translation>
    </message>
    <message>
        <source>No run recorded yet: press Train.</source>
        <translation>Aucun entraînement enregistré : appuyez sur Entraîner.</translation>
    </message>
    <message>
        <source> · test acc {acc:.1f} %</source>
        <translation> · exactitude en test {acc:.1f} %</translation>
    </message>
    <message>
        <source> · no test yet</source>
        <translation> · pas encore de test</translation>
    </message>
    <message>
        <source>step {step:,} · epoch {epoch}{tail}   ({i:,}/{n:,})</source>
        <translation>pas {step:,} · époque {epoch}{tail}   ({i:,}/{n:,})</translation>
    </message>
    <message>
        <source>No run to save</source>
        <translation>Aucun entraînement à enregistrer</translation>
    </message>
    <message>
        <source>Train first: the run is recorded as it trains, then Save run keeps it for later.</source>
        <translation>Entraînez d&apos;abord : l&apos;entraînement est enregistré au fil de l&apos;eau, puis Enregistrer l&apos;entraînement le conserve.</translation>
    </message>
    <message>
        <source>Save run</source>
        <translation>Enregistrer l&apos;entraînement</translation>
    </message>
    <message>
        <source>nnviz run (*.npz)</source>
        <translation>Entraînement nnviz (*.npz)</translation>
    </message>
    <message>
        <source>Could not save the run</source>
        <translation>Impossible d&apos;enregistrer l&apos;entraînement</translation>
    </message>
    <message>
        <source>Saved the run ({n:,} moments) to {path}</source>
        <translation>Entraînement ({n:,} moments) enregistré dans {path}</translation>
    </message>
    <message>
        <source>Open run</source>
        <translation>Ouvrir un entraînement</translation>
    </message>
    <message>
        <source>Reading the run…</source>
        <translation>Lecture de l&apos;entraînement…</translation>
    </message>
    <message>
        <source>Cannot open this run</source>
        <translation>Impossible d&apos;ouvrir cet entraînement</translation>
    </message>
    <message>
        <source>The run&apos;s network takes {inputs} inputs but {data} images have {pixels} pixels.</source>
        <translation>Le réseau de cet entraînement prend {inputs} entrées mais les images de {data} ont {pixels} pixels.</translation>
    </message>
    <message>
        <source>replaying {path}</source>
        <translation>relecture de {path}</translation>
    </message>
    <message>
        <source>Opened {path}: drag the replay slider or press ▶.</source>
        <translation>{path} ouvert : faites glisser le curseur de relecture ou appuyez sur ▶.</translation>
    </message>
</context>
<context>
    <name>ReplayExport</name>
    <message>
        <source>Nothing to animate</source>
        <translation>Rien à animer</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Impossible d&apos;exporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Saved {n} frames to {path}</source>
        <translation>{n} images enregistrées dans {path}</translation>
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
    <name>RobustnessPanel</name>
    <message>
        <source>Noise</source>
        <translation>Bruit</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Stroke thickness</source>
        <translation>Épaisseur du trait</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Décalage</translation>
    </message>
    <message>
        <source>Gaussian noise σ</source>
        <translation>bruit gaussien σ</translation>
    </message>
    <message>
        <source>rotation (± degrees)</source>
        <translation>rotation (± degrés)</translation>
    </message>
    <message>
        <source>stroke thickness (− erode, + dilate, passes)</source>
        <translation>épaisseur du trait (− éroder, + dilater, passes)</translation>
    </message>
    <message>
        <source>shift (pixels)</source>
        <translation>décalage (pixels)</translation>
    </message>
    <message>
        <source>Robustness</source>
        <translation>Robustesse</translation>
    </message>
    <message>
        <source>What to do to the test images: add noise, turn them, thin or thicken the strokes, or move them.</source>
        <translation>Que faire aux images de test : ajouter du bruit, les tourner, amincir ou épaissir les traits, ou les déplacer.</translation>
    </message>
    <message>
        <source>{n:,} test images</source>
        <translation>{n:,} images de test</translation>
    </message>
    <message>
        <source>all test images</source>
        <translation>toutes les images de test</translation>
    </message>
    <message>
        <source>A fixed random sample of {n:,} test images measures a curve in about a second; the whole test set is exact but slower.</source>
        <translation>Un échantillon aléatoire fixe de {n:,} images de test mesure une courbe en une seconde environ ; l&apos;ensemble de test complet est exact mais plus lent.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesurer</translation>
    </message>
    <message>
        <source>Measure the accuracy at every level of this damage (Ctrl+M)</source>
        <translation>Mesurer l&apos;exactitude à chaque niveau de cette dégradation (Ctrl+M)</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Dégradation</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sur</translation>
    </message>
    <message>
        <source>Confidence threshold: below it the network says “don&apos;t know”.</source>
        <translation>Seuil de confiance : en dessous, le réseau dit « je ne sais pas ».</translation>
    </message>
    <message>
        <source>Load a dataset and a matching network to measure robustness.</source>
        <translation>Chargez un jeu de données et un réseau compatible pour mesurer la robustesse.</translation>
    </message>
    <message>
        <source>Damaging {n:,} images…</source>
        <translation>Dégradation de {n:,} images…</translation>
    </message>
    <message>
        <source>Press Measure to damage the test images at every level.</source>
        <translation>Appuyez sur Mesurer pour dégrader les images de test à chaque niveau.</translation>
    </message>
    <message>
        <source>The network has changed since: press Measure to update.</source>
        <translation>Le réseau a changé depuis : appuyez sur Mesurer pour mettre à jour.</translation>
    </message>
    <message>
        <source>{damage} on {n:,} test images: {clean:.1%} undamaged, {worst:.1%} at {level:g}.</source>
        <translation>{damage} sur {n:,} images de test : {clean:.1%} sans dégradation, {worst:.1%} à {level:g}.</translation>
    </message>
    <message>
        <source>Threshold {t:.2f}: answers {answered:,} of {n:,} ({coverage:.1%}), {right} of them right; “don&apos;t know” for {unanswered:,}. Answering all: {plain:.1%} right.</source>
        <translation>Seuil {t:.2f} : répond à {answered:,} sur {n:,} ({coverage:.1%}), dont {right} justes ; « je ne sais pas » pour {unanswered:,}. En répondant à tout : {plain:.1%} justes.</translation>
    </message>
</context>
<context>
    <name>RunWatcher</name>
    <message>
        <source>Try it</source>
        <translation>Essayer</translation>
    </message>
    <message>
        <source>Apply the setting the hint suggests</source>
        <translation>Appliquer le réglage que suggère l&apos;indice</translation>
    </message>
    <message>
        <source>Lesson pace</source>
        <translation>Rythme de la leçon</translation>
    </message>
    <message>
        <source>Lesson pace: the first mini-batches slowly, faster as the cost flattens, so the first epoch takes about half a minute. Off: the Speed slider&apos;s pace.</source>
        <translation>Rythme de la leçon : les premiers mini-lots lentement, plus vite à mesure que le coût s&apos;aplatit, de sorte que la première époque dure environ une demi-minute. Désactivé : le rythme du curseur de vitesse.</translation>
    </message>
    <message>
        <source>Full speed</source>
        <translation>Pleine vitesse</translation>
    </message>
    <message>
        <source>Train as fast as the machine can (Speed: full)</source>
        <translation>Entraîner aussi vite que la machine le peut (vitesse : maximale)</translation>
    </message>
    <message>
        <source>◀◀ Watch the first epoch</source>
        <translation>◀◀ Revoir la première époque</translation>
    </message>
    <message>
        <source>The run went by fast, but the replay kept its first epoch densely: play it slowly</source>
        <translation>L&apos;exécution est passée vite, mais la relecture a gardé sa première époque en détail : rejouez-la lentement</translation>
    </message>
    <message>
        <source>Step mini-batch: the cost of its {n} images went {b:.4f} → {a:.4f} (the Backprop panel&apos;s Mini-batch page shows them).</source>
        <translation>Pas de mini-lot : le coût de ses {n} images est passé de {b:.4f} → {a:.4f} (la page Mini-lot du panneau de rétropropagation les montre).</translation>
    </message>
    <message>
        <source>The first epoch went by in {s:.1f} s. It is where most of the learning happens, and the replay kept it densely: press ◀◀ Watch the first epoch, or scrub back.</source>
        <translation>La première époque est passée en {s:.1f} s. C&apos;est là que se fait l&apos;essentiel de l&apos;apprentissage, et la relecture l&apos;a gardée en détail : appuyez sur ◀◀ Revoir la première époque, ou revenez en arrière.</translation>
    </message>
</context>
<context>
    <name>SaveDrawingBar</name>
    <message>
        <source>What you drew: a digit, or any class name you like (it becomes the folder name)</source>
        <translation>Ce que vous avez dessiné : un chiffre, ou n&apos;importe quel nom de classe (il devient le nom du dossier)</translation>
    </message>
    <message>
        <source>Save drawing</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add the drawing, as the network sees it (28×28), to your own dataset with this label (Ctrl+Shift+S)</source>
        <translation>Ajouter le dessin, tel que le réseau le voit (28×28), à votre propre jeu de données avec cette étiquette (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Open my digits</source>
        <translation>Ouvrir mes chiffres</translation>
    </message>
    <message>
        <source>Import your saved drawings as a dataset to train on</source>
        <translation>Importer vos dessins enregistrés comme jeu de données d&apos;entraînement</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>{n} saved</source>
        <translation>{n} enregistrés</translation>
    </message>
    <message>
        <source>none saved yet</source>
        <translation>aucun encore</translation>
    </message>
    <message>
        <source>In {folder}:</source>
        <translation>Dans {folder} :</translation>
    </message>
    <message>
        <source>Draw something first.</source>
        <translation>Dessinez d&apos;abord quelque chose.</translation>
    </message>
</context>
<context>
    <name>SensitivityPanel</name>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>{n:,} training examples</source>
        <translation>{n:,} exemples d&apos;entraînement</translation>
    </message>
    <message>
        <source>∇C is the gradient of the cost averaged over this many examples: 10 is like one mini-batch, larger samples are steadier.</source>
        <translation>∇C est le gradient du coût moyenné sur ce nombre d&apos;exemples : 10 équivaut à un mini-lot, de plus grands échantillons sont plus stables.</translation>
    </message>
    <message>
        <source>New sample</source>
        <translation>Nouvel échantillon</translation>
    </message>
    <message>
        <source>Draw a different random sample of training examples.</source>
        <translation>Tirer un autre échantillon aléatoire d&apos;exemples d&apos;entraînement.</translation>
    </message>
    <message>
        <source>most influential</source>
        <translation>les plus influents</translation>
    </message>
    <message>
        <source>least influential</source>
        <translation>les moins influents</translation>
    </message>
    <message>
        <source>× : how many times more sensitive the cost is to the top parameter than to this one (most influential list), or to this one than to the least (least influential list).</source>
        <translation>× : combien de fois le coût est plus sensible au premier paramètre qu&apos;à celui-ci (liste des plus influents), ou à celui-ci qu&apos;au dernier (liste des moins influents).</translation>
    </message>
    <message>
        <source>No network and matching data yet.</source>
        <translation>Pas encore de réseau ni de données compatibles.</translation>
    </message>
    <message>
        <source>The network does not take this data.</source>
        <translation>Le réseau ne prend pas ces données.</translation>
    </message>
    <message>
        <source>C = {C:.4f} over {n:,} examples</source>
        <translation>C = {C:.4f} sur {n:,} exemples</translation>
    </message>
    <message>
        <source>The gradient is zero: the cost does not change with any parameter for this sample.</source>
        <translation>Le gradient est nul : le coût ne change avec aucun paramètre pour cet échantillon.</translation>
    </message>
    <message>
        <source>The cost is &lt;b&gt;{vs_median}&lt;/b&gt; more sensitive to {top} than to the median parameter, and {vs_least} more than to {least}.</source>
        <translation>Le coût est &lt;b&gt;{vs_median}&lt;/b&gt; plus sensible à {top} qu&apos;au paramètre médian, et {vs_least} plus qu&apos;à {least}.</translation>
    </message>
    <message>
        <source>The cost is &lt;b&gt;{vs_median:,.3g} times&lt;/b&gt; more sensitive to {top} than to the median parameter, and {vs_least:,.3g} times more than to {least}.</source>
        <translation type="vanished">Le coût est &lt;b&gt;{vs_median:,.3g} fois&lt;/b&gt; plus sensible à {top} qu&apos;au paramètre médian, et {vs_least:,.3g} fois plus qu&apos;à {least}.</translation>
    </message>
    <message>
        <source>{n:,} parameters have ∂C/∂θ = 0 exactly (mostly weights from pixels that are dark in every example of the sample): the cost ignores them.</source>
        <translation>{n:,} paramètres ont exactement ∂C/∂θ = 0 (surtout des poids de pixels sombres dans tous les exemples de l&apos;échantillon) : le coût les ignore.</translation>
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
    <name>TimelineView</name>
    <message>
        <source>Play the recorded run from the moment shown (Space on the slider); again to pause</source>
        <translation>Rejouer l&apos;exécution enregistrée à partir du moment affiché (Espace sur le curseur) ; à nouveau pour mettre en pause</translation>
    </message>
    <message>
        <source>Scrub through the run: every view shows the network as it was then. Arrows step one moment, Page Up/Down ten.</source>
        <translation>Parcourir l&apos;exécution : chaque vue montre le réseau tel qu&apos;il était alors. Les flèches avancent d&apos;un moment, Pg préc./Pg suiv. de dix.</translation>
    </message>
    <message>
        <source>{rate} moments/s</source>
        <translation>{rate} moments/s</translation>
    </message>
    <message>
        <source>Replay speed. Moments are denser early in the run, where the network changes fastest.</source>
        <translation>Vitesse de relecture. Les moments sont plus denses au début de l&apos;exécution, là où le réseau change le plus vite.</translation>
    </message>
    <message>
        <source>No run recorded yet: press Train.</source>
        <translation>Aucune exécution enregistrée pour l&apos;instant : appuyez sur Entraîner.</translation>
    </message>
    <message>
        <source>step 1,234,567 · epoch 1,000 · test acc 99.9 %   (2,000/2,000)</source>
        <translation>pas 1 234 567 · époque 1 000 · exactitude test 99,9 %   (2 000/2 000)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Back to the network as it trains now</source>
        <translation>Revenir au réseau tel qu&apos;il s&apos;entraîne maintenant</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Relecture</translation>
    </message>
</context>
<context>
    <name>Train</name>
    <message>
        <source>a complete setup: lessons (Nielsen&apos;s, the lessons&apos; own), 3b1b-96 (784-16-16-10 → 96 %%), big-98 (784-512-256-10 → 98 %%); the older names seed, 3b1b and 98 still work</source>
        <translation>une configuration complète : lessons (celle de Nielsen, celle des leçons), 3b1b-96 (784-16-16-10 → 96 %%), big-98 (784-512-256-10 → 98 %%) ; les anciens noms seed, 3b1b et 98 fonctionnent toujours</translation>
    </message>
    <message>
        <source>folder holding the four MNIST .gz files</source>
        <translation>dossier contenant les quatre fichiers .gz de MNIST</translation>
    </message>
    <message>
        <source>download MNIST into the user cache if it is not found</source>
        <translation>télécharger MNIST dans le cache de l&apos;utilisateur s&apos;il est introuvable</translation>
    </message>
    <message>
        <source>learning rate η (default 3.0)</source>
        <translation>taux d&apos;apprentissage η (3.0 par défaut)</translation>
    </message>
    <message>
        <source>momentum μ in [0, 1) (default 0)</source>
        <translation>momentum μ dans [0, 1) (0 par défaut)</translation>
    </message>
    <message>
        <source>L2 regularisation λ (default 0)</source>
        <translation>régularisation L2 λ (0 par défaut)</translation>
    </message>
    <message>
        <source>mini-batch size (default 10)</source>
        <translation>taille du mini-lot (10 par défaut)</translation>
    </message>
    <message>
        <source>epochs (default 30)</source>
        <translation>époques (30 par défaut)</translation>
    </message>
    <message>
        <source>random seed for weights and shuffling (default 0)</source>
        <translation>graine aléatoire des poids et du mélange (0 par défaut)</translation>
    </message>
    <message>
        <source>BLAS threads (default: 1 for networks as small as the lessons&apos;, whose products gain nothing from threads while the data is gathered on the other core; NumPy&apos;s choice for larger ones)</source>
        <translation>threads BLAS (par défaut : 1 pour les réseaux aussi petits que ceux des leçons, dont les produits ne gagnent rien aux threads pendant que les données sont rassemblées sur l&apos;autre cœur ; le choix de NumPy pour les plus grands)</translation>
    </message>
    <message>
        <source>save the trained model here</source>
        <translation>enregistrer ici le modèle entraîné</translation>
    </message>
    <message>
        <source>one JSON object per epoch on stdout</source>
        <translation>un objet JSON par époque sur stdout</translation>
    </message>
    <message>
        <source>augment: add Gaussian noise of σ = S to every training image (0–1)</source>
        <translation>augmentation : ajouter un bruit gaussien de σ = S à chaque image d&apos;entraînement (0–1)</translation>
    </message>
    <message>
        <source>augment: turn every training image by a random angle within ±DEG</source>
        <translation>augmentation : tourner chaque image d&apos;entraînement d&apos;un angle aléatoire dans ±DEG</translation>
    </message>
    <message>
        <source>augment: move every training image by up to ±PX whole pixels</source>
        <translation>augmentation : décaler chaque image d&apos;entraînement jusqu&apos;à ±PX pixels entiers</translation>
    </message>
    <message>
        <source>dropout: switch each hidden neuron off with probability P while training</source>
        <translation>dropout : éteindre chaque neurone caché avec une probabilité P pendant l&apos;entraînement</translation>
    </message>
    <message>
        <source>{name} has {inputs} inputs and {classes} classes, so --layers must start with {inputs} and end with {classes}; got {layers}.</source>
        <translation>{name} a {inputs} entrées et {classes} classes, donc --layers doit commencer par {inputs} et finir par {classes} ; reçu {layers}.</translation>
    </message>
    <message>
        <source>--epochs must be at least 1; got {n}.</source>
        <translation>--epochs doit valoir au moins 1 ; reçu {n}.</translation>
    </message>
    <message>
        <source>--threads must be at least 1; got {n}.</source>
        <translation>--threads doit valoir au moins 1 ; reçu {n}.</translation>
    </message>
    <message>
        <source>{name} ({origin}): {train} training, {test} test images; network {layers}, {activation}/{output}, {cost} cost, η={lr:g}, batch {batch}, {epochs} epochs, seed {seed}</source>
        <translation>{name} ({origin}) : {train} images d&apos;entraînement, {test} de test ; réseau {layers}, {activation}/{output}, coût {cost}, η={lr:g}, lot {batch}, {epochs} époques, graine {seed}</translation>
    </message>
    <message>
        <source>epoch {epoch}/{epochs}</source>
        <translation>époque {epoch}/{epochs}</translation>
    </message>
    <message>
        <source>cost {cost:.4f}</source>
        <translation>coût {cost:.4f}</translation>
    </message>
    <message>
        <source>epoch {epoch:&gt;3}/{epochs}  train cost {train_cost:.4f}  test cost {test_cost:.4f}  test accuracy {accuracy:6.2f} %  {seconds:6.2f} s  {speed:&gt;9,} samples/s</source>
        <translation>époque {epoch:&gt;3}/{epochs}  coût d&apos;entraînement {train_cost:.4f}  coût de test {test_cost:.4f}  exactitude en test {accuracy:6.2f} %  {seconds:6.2f} s  {speed:&gt;9,} exemples/s</translation>
    </message>
    <message>
        <source>could not save {path}: {reason}.</source>
        <translation>impossible d&apos;enregistrer {path} : {reason}.</translation>
    </message>
    <message>
        <source>saved {path}</source>
        <translation>enregistré {path}</translation>
    </message>
    <message>
        <source>--save {path}: is a folder; give a file name such as model.npz.</source>
        <translation>--save {path} : est un dossier ; donnez un nom de fichier comme model.npz.</translation>
    </message>
    <message>
        <source>--save {path}: the folder {folder} does not exist.</source>
        <translation>--save {path} : le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>--save {path}: the folder {folder} is not writable.</source>
        <translation>--save {path} : le dossier {folder} n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>--save {path}: {reason}</source>
        <translation>--save {path} : {reason}</translation>
    </message>
</context>
<context>
    <name>TrainingControl</name>
    <message>
        <source>No network yet.</source>
        <translation>Pas encore de réseau.</translation>
    </message>
</context>
<context>
    <name>TrainingController</name>
    <message>
        <source>No training yet.</source>
        <translation>Pas encore d&apos;entraînement.</translation>
    </message>
    <message>
        <source>epoch %p%</source>
        <translation>époque %p%</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <source>Start training, or pause and resume it</source>
        <translation>Lancer l&apos;entraînement, ou le mettre en pause et le reprendre</translation>
    </message>
    <message>
        <source>Step mini-batch</source>
        <translation>Pas de mini-lot</translation>
    </message>
    <message>
        <source>Run exactly one mini-batch, then pause</source>
        <translation>Exécuter exactement un mini-lot, puis faire une pause</translation>
    </message>
    <message>
        <source>Step epoch</source>
        <translation>Pas d&apos;époque</translation>
    </message>
    <message>
        <source>Run to the end of the current epoch, then pause</source>
        <translation>Aller jusqu&apos;à la fin de l&apos;époque en cours, puis faire une pause</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Build a new network from the settings, with fresh random weights</source>
        <translation>Construire un nouveau réseau selon les réglages, avec de nouveaux poids aléatoires</translation>
    </message>
    <message>
        <source>Follow training examples</source>
        <translation>Suivre les exemples d&apos;entraînement</translation>
    </message>
    <message>
        <source>The diagram cycles through training examples again</source>
        <translation>Le diagramme parcourt de nouveau les exemples d&apos;entraînement</translation>
    </message>
    <message>
        <source>Layer sizes</source>
        <translation>Tailles des couches</translation>
    </message>
    <message>
        <source>Cannot build this network</source>
        <translation>Impossible de construire ce réseau</translation>
    </message>
    <message>
        <source>new network, random weights</source>
        <translation>nouveau réseau, poids aléatoires</translation>
    </message>
    <message>
        <source>No dataset is loaded yet.</source>
        <translation>Aucun jeu de données n&apos;est encore chargé.</translation>
    </message>
    <message>
        <source>Model and data don&apos;t match</source>
        <translation>Le modèle et les données ne correspondent pas</translation>
    </message>
    <message>
        <source>The network takes {inputs} inputs but {data} images have {pixels} pixels. Press Reset to build a matching one.</source>
        <translation>Le réseau prend {inputs} entrées mais les images de {data} ont {pixels} pixels. Appuyez sur Réinitialiser pour en construire un adapté.</translation>
    </message>
    <message>
        <source>Cannot train with these settings</source>
        <translation>Impossible d&apos;entraîner avec ces réglages</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Training finished. Train again to continue for more epochs, or Reset to start over.</source>
        <translation>Entraînement terminé. Entraîner le poursuit pour d&apos;autres époques, Réinitialiser repart de zéro.</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>Entraînement arrêté</translation>
    </message>
    <message>
        <source>epoch {epoch} · mini-batch {batch:,}/{batches:,} · {seen:,} samples seen · {rate:,.0f} samples/s · η = {lr}</source>
        <translation>époque {epoch} · mini-lot {batch:,}/{batches:,} · {seen:,} exemples vus · {rate:,.0f} exemples/s · η = {lr}</translation>
    </message>
    <message>
        <source> · test accuracy {acc}</source>
        <translation> · exactitude en test {acc}</translation>
    </message>
</context>
<context>
    <name>TrainingControls</name>
    <message>
        <source>Synthetic digits</source>
        <translation>Chiffres synthétiques</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Which images to learn from. MNIST: 60,000 handwritten digits. Fashion-MNIST: clothes in the same format. Synthetic: digits drawn by nnviz itself, for when nothing else is available.</source>
        <translation>Les images dont apprendre. MNIST : 60 000 chiffres manuscrits. Fashion-MNIST : des vêtements au même format. Synthétiques : des chiffres dessinés par nnviz lui-même, quand rien d&apos;autre n&apos;est disponible.</translation>
    </message>
    <message>
        <source>Download MNIST</source>
        <translation>Télécharger MNIST</translation>
    </message>
    <message>
        <source>Fetch the four MNIST files (about 11 MB), check their checksums and keep them in your cache folder.</source>
        <translation>Récupérer les quatre fichiers MNIST (environ 11 Mo), vérifier leurs sommes de contrôle et les garder dans votre dossier de cache.</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <source>Use MNIST files (the four .gz IDX files) from a folder.</source>
        <translation>Utiliser les fichiers MNIST (les quatre fichiers IDX .gz) d&apos;un dossier.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>your own settings</source>
        <translation>personnalisé</translation>
    </message>
    <message>
        <source>Lessons&apos; setup: Nielsen&apos;s network as in the lessons (784-16-16-10, sigmoid, quadratic cost, η = 3).
3b1b: 96 %: the same 784-16-16-10 trained with softmax, cross-entropy and momentum.
Big: 98 %: 784-512-256-10 with ReLU.</source>
        <translation>Réglages des leçons : le réseau de Nielsen comme dans les leçons (784-16-16-10, sigmoïde, coût quadratique, η = 3).
3b1b : 96 % : le même 784-16-16-10 entraîné avec softmax, entropie croisée et momentum.
Grand : 98 % : 784-512-256-10 avec ReLU.</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <source>Neurons per layer, input first, output last, e.g. 784,16,16,10. The input and output sizes follow the dataset.</source>
        <translation>Neurones par couche, l&apos;entrée d&apos;abord, la sortie en dernier, p. ex. 784,16,16,10. Les tailles d&apos;entrée et de sortie suivent le jeu de données.</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>σ of the hidden layers: sigmoid squashes z into (0, 1); ReLU is max(0, z); tanh squashes into (−1, 1).</source>
        <translation>σ des couches cachées : sigmoid écrase z dans (0, 1) ; ReLU vaut max(0, z) ; tanh écrase dans (−1, 1).</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Output layer: sigmoid gives ten independent activations; softmax makes them sum to 1, like probabilities.</source>
        <translation>Couche de sortie : sigmoid donne dix activations indépendantes ; softmax fait que leur somme vaut 1, comme des probabilités.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>What training minimises: quadratic is the sum of squared differences (the lessons&apos;); cross-entropy learns faster when outputs are badly wrong.</source>
        <translation>Ce que l&apos;entraînement minimise : quadratique est la somme des différences au carré (celle des leçons) ; entropie croisée apprend plus vite quand les sorties sont très fausses.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Starting weights: normal is N(0, 1) as in the lessons; scaled divides by √(inputs) so neurons don&apos;t start saturated.</source>
        <translation>Poids de départ : normale est N(0, 1) comme dans les leçons ; mise à l&apos;échelle divise par √(entrées) pour que les neurones ne démarrent pas saturés.</translation>
    </message>
    <message>
        <source>Init</source>
        <translation>Init</translation>
    </message>
    <message>
        <source>The same seed gives the same starting weights and order of examples, so a run can be repeated exactly.</source>
        <translation>La même graine donne les mêmes poids de départ et le même ordre des exemples, donc un entraînement peut être répété exactement.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Press Reset to apply the new network settings.</source>
        <translation>Appuyez sur Réinitialiser pour appliquer les nouveaux réglages du réseau.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>The learning rate</source>
        <translation>Le taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Learning rate η: how far each step moves down the gradient. Too small crawls; too big overshoots and the cost blows up. Applies immediately.</source>
        <translation>Taux d&apos;apprentissage η : de combien chaque pas descend le gradient. Trop petit, on rampe ; trop grand, on dépasse et le coût explose. S&apos;applique immédiatement.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>The batch size</source>
        <translation>La taille du lot</translation>
    </message>
    <message>
        <source>Examples averaged per gradient step (mini-batch). Small: noisy but frequent steps. Applies immediately.</source>
        <translation>Exemples moyennés par pas de gradient (mini-lot). Petit : des pas bruités mais fréquents. S&apos;applique immédiatement.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille du lot</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Momentum μ: each step keeps this fraction of the previous one, rolling through small bumps.</source>
        <translation>Moment μ : chaque pas garde cette fraction du précédent et roule ainsi sur les petites bosses.</translation>
    </message>
    <message>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <source>L2 regularisation λ: pulls weights towards zero so no single pixel dominates.</source>
        <translation>Régularisation L2 λ : tire les poids vers zéro pour qu&apos;aucun pixel ne domine.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Dropout p: while training, each hidden neuron is switched off with this probability, so none can rely on one partner. Testing uses every neuron. Applies immediately.</source>
        <translation>Dropout p : pendant l&apos;entraînement, chaque neurone caché est éteint avec cette probabilité, donc aucun ne peut compter sur un partenaire. Le test utilise tous les neurones. S&apos;applique immédiatement.</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>How η changes over the run: constant, halved at 1/3 and 2/3 (step), or a smooth decay to zero (cosine).</source>
        <translation>Comment η évolue au cours de l&apos;entraînement : constant, par paliers (divisé par deux à 1/3 et 2/3), ou cosinus (une décroissance douce jusqu&apos;à zéro).</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Passes over the whole training set. More epochs keep lowering the training cost; the test accuracy levels off after a few.</source>
        <translation>Passages sur tout l&apos;ensemble d&apos;entraînement. Plus d&apos;époques continuent de baisser le coût d&apos;entraînement ; l&apos;exactitude de test plafonne après quelques-unes.</translation>
    </message>
    <message>
        <source>every </source>
        <translation>toutes les </translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> époques</translation>
    </message>
    <message>
        <source>Save the model every N epochs to nnviz&apos;s data folder, so a crash or a closed window loses at most N epochs; File ▸ Restore autosave brings it back.</source>
        <translation>Enregistrer le modèle toutes les N époques dans le dossier de données de nnviz, pour qu&apos;un plantage ou une fenêtre fermée perde au plus N époques ; Fichier ▸ Restaurer la sauvegarde automatique le récupère.</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation>Sauvegarde auto</translation>
    </message>
    <message>
        <source>Slow motion on the left (one mini-batch a second), full speed on the right.</source>
        <translation>Ralenti à gauche (un mini-lot par seconde), pleine vitesse à droite.</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source> Takes effect at the next Reset.</source>
        <translation> Prend effet à la prochaine réinitialisation.</translation>
    </message>
    <message>
        <source> (the training set&apos;s size)</source>
        <translation> (la taille de l&apos;ensemble d&apos;entraînement)</translation>
    </message>
    <message>
        <source>full</source>
        <translation>max</translation>
    </message>
    <message>
        <source>mini-batches per second</source>
        <translation>mini-lots par seconde</translation>
    </message>
    <message>
        <source>Hidden layers above 4,096 neurons would be too slow to watch.</source>
        <translation>Des couches cachées de plus de 4 096 neurones seraient trop lentes à regarder.</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <source>Training stopped by an internal error: {error}. Press Reset to start again.</source>
        <translation>Entraînement arrêté par une erreur interne : {error}. Appuyez sur Réinitialiser pour recommencer.</translation>
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
        <translation type="vanished">Rien à animer</translation>
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
        <translation type="vanished">Impossible d&apos;exporter</translation>
    </message>
    <message>
        <source>Encoding the video…</source>
        <translation>Encodage de la vidéo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Annuler</translation>
    </message>
    <message>
        <source>Saved {0} frames to {1}</source>
        <translation type="vanished">{0} images enregistrées dans {1}</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Lesson 1 · What is a neural network?</source>
        <translation>Leçon 1 · Qu&apos;est-ce qu&apos;un réseau de neurones ?</translation>
    </message>
    <message>
        <source>Lesson 2 · Gradient descent</source>
        <translation>Leçon 2 · Descente de gradient</translation>
    </message>
    <message>
        <source>Lesson 3 · What backpropagation does</source>
        <translation>Leçon 3 · Ce que fait la rétropropagation</translation>
    </message>
    <message>
        <source>Lesson 4 · Backpropagation calculus</source>
        <translation>Leçon 4 · Calcul de la rétropropagation</translation>
    </message>
    <message>
        <source>Beyond the lessons</source>
        <translation>Au-delà des leçons</translation>
    </message>
</context>
<context>
    <name>WeightsView</name>
    <message>
        <source>weights</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>change since init</source>
        <translation>changement depuis l&apos;init</translation>
    </message>
    <message>
        <source>Weights, or how far training has moved them from their random initial values.</source>
        <translation>Les poids, ou de combien l&apos;entraînement les a déplacés depuis leurs valeurs initiales aléatoires.</translation>
    </message>
    <message>
        <source>The previous 16 neurons</source>
        <translation>Les 16 neurones précédents</translation>
    </message>
    <message>
        <source>The next 16 neurons (a bigger first layer has several pages)</source>
        <translation>Les 16 neurones suivants (une première couche plus grande a plusieurs pages)</translation>
    </message>
    <message>
        <source>blue = positive · orange = negative · background = zero</source>
        <translation>bleu = positif · orange = négatif · fond = zéro</translation>
    </message>
    <message>
        <source>Blue: ink on that pixel excites the neuron; orange: it inhibits it; the background colour: it does not matter.</source>
        <translation>Bleu : de l&apos;encre sur ce pixel excite le neurone ; orange : elle l&apos;inhibe ; la couleur de fond : cela n&apos;a pas d&apos;importance.</translation>
    </message>
    <message>
        <source>No weights to show yet.</source>
        <translation>Pas encore de poids à afficher.</translation>
    </message>
    <message>
        <source>No initial weights to compare with: “change since init” needs the weights the network started from.</source>
        <translation>Pas de poids initiaux pour comparer : « changement depuis l&apos;init » a besoin des poids de départ du réseau.</translation>
    </message>
    <message>
        <source>The first layer has no neurons.</source>
        <translation>La première couche n&apos;a pas de neurones.</translation>
    </message>
    <message>
        <source>Each first-layer neuron has {n_in} inputs, which do not form a square image, so its weights can&apos;t be drawn.</source>
        <translation>Chaque neurone de la première couche a {n_in} entrées, qui ne forment pas une image carrée, donc ses poids ne peuvent pas être dessinés.</translation>
    </message>
    <message>
        <source>neurons {first}–{last} of {n}</source>
        <translation>neurones {first}–{last} sur {n}</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s : erreur : %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valide : %(value)r (choisissez parmi %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s non valide : %(value)r</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires : %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l&apos;un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>non autorisé avec l&apos;argument %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>%s argument attendu</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>%s arguments attendus</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite %r ignoré</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s pourrait correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>option inattendue : %s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossible d&apos;ouvrir &apos;%(filename)s&apos; : %(error)s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>commande inconnue %(parser_name)r (choix : %(choices)s)</translation>
    </message>
</context>
<context>
    <name>numbers</name>
    <message>
        <source>{n} quintillion times</source>
        <translation>{n} trillions de fois</translation>
    </message>
    <message>
        <source>{n} quadrillion times</source>
        <translation>{n} billiards de fois</translation>
    </message>
    <message>
        <source>{n} trillion times</source>
        <translation>{n} billions de fois</translation>
    </message>
    <message>
        <source>{n} billion times</source>
        <translation>{n} milliards de fois</translation>
    </message>
    <message>
        <source>{n} million times</source>
        <translation>{n} millions de fois</translation>
    </message>
    <message>
        <source>infinitely many times</source>
        <translation>une infinité de fois</translation>
    </message>
    <message>
        <source>{n} times</source>
        <translation>{n} fois</translation>
    </message>
    <message>
        <source>about {times}</source>
        <translation>environ {times}</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>Text at %1 %: larger would not fit this screen.</source>
        <translation>Texte à %1 % : plus grand ne tiendrait pas sur cet écran.</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>blue = positive, orange = negative, background colour = zero</source>
        <translation>bleu = positif, orange = négatif, couleur de fond = zéro</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;File</source>
        <translation type="vanished">&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation type="vanished">&amp;Entraîner</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="vanished">&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="vanished">&amp;Aide</translation>
    </message>
</context>
</TS>
