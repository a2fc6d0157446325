<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>C₀ = (a(L) − y)²: the chain rule multiplies the derivatives along the arrows, from C₀ back to each weight</source>
        <translation type="vanished">C₀ = (a(L) − y)²: Die Kettenregel multipliziert die Ableitungen entlang der Pfeile, von C₀ zurück zu jedem Gewicht</translation>
    </message>
    <message>
        <source>Lessons&apos; setup (≈ 93 %)</source>
        <translation>Lektionen (≈ 93 %)</translation>
    </message>
    <message>
        <source>3b1b: 96 %</source>
        <translation>3b1b: 96 %</translation>
    </message>
    <message>
        <source>Big: 98 %</source>
        <translation>Groß: 98 %</translation>
    </message>
    <message>
        <source>Steps too big: the cost stops falling. Try η = {to:g}.</source>
        <translation>Schritte zu groß: Die Kosten sinken nicht mehr. Versuchen Sie η = {to:g}.</translation>
    </message>
    <message>
        <source>Each step jumps past the bottom of the valley, so the cost cannot settle ({acc:.0%} right at η = {lr:g}). A smaller learning rate takes smaller steps.</source>
        <translation>Jeder Schritt springt über den Boden des Tals hinaus, daher können sich die Kosten nicht setzen ({acc:.0%} richtig bei η = {lr:g}). Eine kleinere Lernrate macht kleinere Schritte.</translation>
    </message>
    <message>
        <source>ReLUs blown up or dead: no gradient flows. Try Init: scaled, η = {lr:g}.</source>
        <translation>ReLUs explodiert oder tot: Es fließt kein Gradient. Versuchen Sie Init: skaliert, η = {lr:g}.</translation>
    </message>
    <message>
        <source>With N(0, 1) weights the ReLUs&apos; values grow so large that the outputs are stuck at 0 or 1 ({pinned:.0%} of them), and {dead:.0%} of a hidden layer&apos;s ReLUs give 0 for every image: dead, they pass no gradient back.</source>
        <translation>Mit N(0, 1)-Gewichten werden die Werte der ReLUs so groß, dass die Ausgaben bei 0 oder 1 festhängen ({pinned:.0%} davon), und {dead:.0%} der ReLUs einer verborgenen Schicht geben für jedes Bild 0: Tot geben sie keinen Gradienten zurück.</translation>
    </message>
    <message>
        <source>Outputs stuck at 0 or 1: the sigmoid is flat there. Try Init: scaled.</source>
        <translation>Ausgaben hängen bei 0 oder 1 fest: Dort ist das Sigmoid flach. Versuchen Sie Init: skaliert.</translation>
    </message>
    <message>
        <source>For almost every image the outputs sit where the sigmoid is flat, so the gradient is nearly zero. Scaled initial weights, or the cross-entropy cost, keep them learning.</source>
        <translation>Für fast jedes Bild liegen die Ausgaben dort, wo das Sigmoid flach ist, daher ist der Gradient fast null. Skalierte Anfangsgewichte oder die Kreuzentropie-Kostenfunktion halten das Lernen in Gang.</translation>
    </message>
    <message>
        <source>{n} hidden neurons are too few for {k} classes. Try {to}.</source>
        <translation>{n} verborgene Neuronen sind zu wenige für {k} Klassen. Versuchen Sie {to}.</translation>
    </message>
    <message>
        <source>A hidden layer of {n} neurons cannot carry enough about the image to tell {k} classes apart ({acc:.0%} right).</source>
        <translation>Eine verborgene Schicht aus {n} Neuronen kann nicht genug über das Bild weitergeben, um {k} Klassen zu unterscheiden ({acc:.0%} richtig).</translation>
    </message>
    <message>
        <source>{n} hidden neurons are too few for ten digits. Try {to}.</source>
        <translation>{n} verborgene Neuronen sind zu wenige für zehn Ziffern. Versuchen Sie {to}.</translation>
    </message>
    <message>
        <source>A hidden layer of {n} neurons cannot carry enough about the image to tell ten digits apart ({acc:.0%} right). Layers 784,16,16,10 can.</source>
        <translation>Eine verborgene Schicht aus {n} Neuronen kann nicht genug über das Bild weitergeben, um zehn Ziffern zu unterscheiden ({acc:.0%} richtig). Die Schichten 784,16,16,10 können es.</translation>
    </message>
    <message>
        <source>What is a neural network?</source>
        <translation>Was ist ein neuronales Netz?</translation>
    </message>
    <message>
        <source>Neurons hold numbers</source>
        <translation>Neuronen enthalten Zahlen</translation>
    </message>
    <message>
        <source>The picture in the middle is a network that already learned to read digits. Each circle is a neuron holding one number between 0 and 1, its &lt;b&gt;activation&lt;/b&gt;: white is 1, black is 0. The input layer is the image itself, 28 × 28 = 784 pixels.</source>
        <translation>Das Bild in der Mitte ist ein Netz, das schon gelernt hat, Ziffern zu lesen. Jeder Kreis ist ein Neuron, das eine Zahl zwischen 0 und 1 enthält, seine &lt;b&gt;Aktivierung&lt;/b&gt;: Weiß ist 1, Schwarz ist 0. Die Eingabeschicht ist das Bild selbst, 28 × 28 = 784 Pixel.</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Activations flow left to right: 784 inputs, two hidden layers of 16 neurons, 10 outputs, one per digit. The brightest output is the network&apos;s answer.</source>
        <translation>Die Aktivierungen fließen von links nach rechts: 784 Eingaben, zwei verborgene Schichten mit 16 Neuronen, 10 Ausgaben, eine je Ziffer. Die hellste Ausgabe ist die Antwort des Netzes.</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>Eine Ziffer zeichnen</translation>
    </message>
    <message>
        <source>Draw any digit on the pad with the mouse. The network reads it at once; the bars beside the pad are the ten output activations.</source>
        <translation>Zeichnen Sie mit der Maus eine beliebige Ziffer auf die Zeichenfläche. Das Netz liest sie sofort; die Balken neben der Fläche sind die zehn Ausgabe-Aktivierungen.</translation>
    </message>
    <message>
        <source>Your turn: draw a digit on the pad.</source>
        <translation>Sie sind dran: Zeichnen Sie eine Ziffer auf die Zeichenfläche.</translation>
    </message>
    <message>
        <source>Weights: what a neuron looks for</source>
        <translation>Gewichte: wonach ein Neuron sucht</translation>
    </message>
    <message>
        <source>A first-layer neuron adds up all 784 pixels, each multiplied by its own &lt;b&gt;weight&lt;/b&gt;. Drawn as a 28 × 28 picture, blue weights are pixels it wants lit and orange ones pixels it wants dark. Click any neuron of the first hidden layer to open its weights.</source>
        <translation>Ein Neuron der ersten Schicht summiert alle 784 Pixel, jedes mit seinem eigenen &lt;b&gt;Gewicht&lt;/b&gt; multipliziert. Als 28 × 28-Bild gezeichnet sind blaue Gewichte Pixel, die es hell haben will, und orange Pixel, die es dunkel haben will. Klicken Sie auf ein Neuron der ersten verborgenen Schicht, um seine Gewichte zu öffnen.</translation>
    </message>
    <message>
        <source>Your turn: click a neuron in the first hidden layer.</source>
        <translation>Sie sind dran: Klicken Sie auf ein Neuron der ersten verborgenen Schicht.</translation>
    </message>
    <message>
        <source>Bias and sigmoid</source>
        <translation>Bias und Sigmoid</translation>
    </message>
    <message>
        <source>The weighted sum plus a &lt;b&gt;bias&lt;/b&gt; is z = w·a + b. The bias says how high the sum must be before the neuron lights up. The &lt;b&gt;sigmoid&lt;/b&gt; σ(z) squashes z into 0…1, and that is the neuron&apos;s activation.</source>
        <translation>Die gewichtete Summe plus ein &lt;b&gt;Bias&lt;/b&gt; ist z = w·a + b. Der Bias sagt, wie hoch die Summe sein muss, bevor das Neuron aufleuchtet. Das &lt;b&gt;Sigmoid&lt;/b&gt; σ(z) staucht z auf 0…1, und das ist die Aktivierung des Neurons.</translation>
    </message>
    <message>
        <source>Every neuron, through its own eyes</source>
        <translation>Jedes Neuron mit eigenen Augen</translation>
    </message>
    <message>
        <source>This view multiplies the digit in the diagram by each neuron&apos;s weights: the bright parts are where the digit matches what the neuron looks for.</source>
        <translation>Diese Ansicht multipliziert die Ziffer im Diagramm mit den Gewichten jedes Neurons: Die hellen Stellen sind dort, wo die Ziffer zu dem passt, wonach das Neuron sucht.</translation>
    </message>
    <message>
        <source>13,002 knobs</source>
        <translation>13.002 Regler</translation>
    </message>
    <message>
        <source>784·16 + 16·16 + 16·10 weights and 16 + 16 + 10 biases: 13,002 numbers. Learning means finding good values for all of them. How? That is lesson 2.</source>
        <translation>784·16 + 16·16 + 16·10 Gewichte und 16 + 16 + 10 Biases: 13.002 Zahlen. Lernen heißt, für alle gute Werte zu finden. Wie? Das ist Lektion 2.</translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation>Gradientenabstieg</translation>
    </message>
    <message>
        <source>Start from random weights</source>
        <translation>Mit zufälligen Gewichten beginnen</translation>
    </message>
    <message>
        <source>This network has random weights and biases: its outputs are noise, and it gets about one digit in ten right.</source>
        <translation>Dieses Netz hat zufällige Gewichte und Biases: Seine Ausgaben sind Rauschen, und es erkennt etwa eine von zehn Ziffern richtig.</translation>
    </message>
    <message>
        <source>The cost</source>
        <translation>Die Kosten</translation>
    </message>
    <message>
        <source>For one example, the &lt;b&gt;cost&lt;/b&gt; adds up the squared differences between the ten outputs and what they should be (1 for the right digit, 0 for the rest). Averaged over all training examples, it measures how bad the network is.</source>
        <translation>Für ein Beispiel summiert die &lt;b&gt;Kostenfunktion&lt;/b&gt; die quadrierten Unterschiede zwischen den zehn Ausgaben und dem, was sie sein sollten (1 für die richtige Ziffer, 0 für die übrigen). Über alle Trainingsbeispiele gemittelt misst sie, wie schlecht das Netz ist.</translation>
    </message>
    <message>
        <source>The gradient points uphill</source>
        <translation>Der Gradient zeigt bergauf</translation>
    </message>
    <message>
        <source>The cost is a function of all 13,002 weights and biases. Its &lt;b&gt;gradient&lt;/b&gt; says which way to nudge each of them to make the cost rise fastest; gradient descent steps the other way. The landscape shows the cost along two directions.</source>
        <translation>Die Kosten sind eine Funktion aller 13.002 Gewichte und Biases. Ihr &lt;b&gt;Gradient&lt;/b&gt; sagt, in welche Richtung jedes davon anzustoßen ist, damit die Kosten am schnellsten steigen; der Gradientenabstieg geht in die Gegenrichtung. Die Landschaft zeigt die Kosten entlang zweier Richtungen.</translation>
    </message>
    <message>
        <source>One step</source>
        <translation>Ein Schritt</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Step mini-batch&lt;/b&gt; (F10): the network takes one step downhill, computed from 10 examples, a &lt;b&gt;mini-batch&lt;/b&gt;.</source>
        <translation>Drücken Sie &lt;b&gt;Mini-Batch-Schritt&lt;/b&gt; (F10): Das Netz macht einen Schritt bergab, berechnet aus 10 Beispielen, einem &lt;b&gt;Mini-Batch&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Your turn: press Step mini-batch (F10).</source>
        <translation>Sie sind dran: Drücken Sie Mini-Batch-Schritt (F10).</translation>
    </message>
    <message>
        <source>Watch it learn</source>
        <translation>Beim Lernen zusehen</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Train&lt;/b&gt; (F5). At the lesson pace the first mini-batches come slowly and the pace quickens as the cost flattens: watch the weights take shape.</source>
        <translation>Drücken Sie &lt;b&gt;Trainieren&lt;/b&gt; (F5). Im Lektionstempo kommen die ersten Mini-Batches langsam, und das Tempo steigt, während die Kosten abflachen: Sehen Sie zu, wie die Gewichte Gestalt annehmen.</translation>
    </message>
    <message>
        <source>Your turn: press Train (F5).</source>
        <translation>Sie sind dran: Drücken Sie Trainieren (F5).</translation>
    </message>
    <message>
        <source>Mini-batches are noisy</source>
        <translation>Mini-Batches sind verrauscht</translation>
    </message>
    <message>
        <source>A mini-batch&apos;s gradient only estimates the full gradient, so each step wobbles — like a drunk walking downhill. It is much cheaper, so it wins.</source>
        <translation>Der Gradient eines Mini-Batches schätzt den vollen Gradienten nur, daher wackelt jeder Schritt — wie ein Betrunkener, der bergab geht. Er ist viel billiger, deshalb gewinnt er.</translation>
    </message>
    <message>
        <source>The step size η</source>
        <translation>Die Schrittweite η</translation>
    </message>
    <message>
        <source>The learning rate &lt;b&gt;η&lt;/b&gt; scales every step. Set it to 100 in the Training panel and watch what the cost does; the line at the bottom of the window says what went wrong. Then set it back to 3.</source>
        <translation>Die Lernrate &lt;b&gt;η&lt;/b&gt; skaliert jeden Schritt. Setzen Sie sie im Trainingsbereich auf 100 und beobachten Sie die Kosten; die Zeile unten im Fenster sagt, was schiefging. Setzen Sie sie dann wieder auf 3.</translation>
    </message>
    <message>
        <source>Your turn: change the learning rate.</source>
        <translation>Sie sind dran: Ändern Sie die Lernrate.</translation>
    </message>
    <message>
        <source>Watch the first epoch again</source>
        <translation>Die erste Epoche noch einmal ansehen</translation>
    </message>
    <message>
        <source>The replay bar under the views recorded the run, densely at the start where the network changes most. Drag it to the left to see the first epoch again.</source>
        <translation>Die Wiedergabeleiste unter den Ansichten hat den Lauf aufgezeichnet, dicht am Anfang, wo sich das Netz am meisten ändert. Ziehen Sie sie nach links, um die erste Epoche noch einmal zu sehen.</translation>
    </message>
    <message>
        <source>Your turn: drag the replay bar.</source>
        <translation>Sie sind dran: Ziehen Sie die Wiedergabeleiste.</translation>
    </message>
    <message>
        <source>What backpropagation does</source>
        <translation>Was Backpropagation tut</translation>
    </message>
    <message>
        <source>What does this example want?</source>
        <translation>Was will dieses Beispiel?</translation>
    </message>
    <message>
        <source>Take one training example. Each output neuron should move towards its target: up for the right digit, down for the others. The arrows are these &lt;b&gt;nudges&lt;/b&gt;, bigger where the output is further off.</source>
        <translation>Nehmen Sie ein Trainingsbeispiel. Jedes Ausgabeneuron soll sich zu seinem Ziel bewegen: nach oben für die richtige Ziffer, nach unten für die anderen. Die Pfeile sind diese &lt;b&gt;Anstöße&lt;/b&gt;, größer, wo die Ausgabe weiter daneben liegt.</translation>
    </message>
    <message>
        <source>Three levers</source>
        <translation>Drei Hebel</translation>
    </message>
    <message>
        <source>To raise one output neuron, backpropagation can raise its &lt;b&gt;bias&lt;/b&gt;, change its &lt;b&gt;weights&lt;/b&gt; (those from bright neurons matter most), or change the previous layer&apos;s &lt;b&gt;activations&lt;/b&gt; in proportion to the weights.</source>
        <translation>Um ein Ausgabeneuron zu erhöhen, kann Backpropagation seinen &lt;b&gt;Bias&lt;/b&gt; erhöhen, seine &lt;b&gt;Gewichte&lt;/b&gt; ändern (die von hellen Neuronen zählen am meisten) oder die &lt;b&gt;Aktivierungen&lt;/b&gt; der vorigen Schicht im Verhältnis zu den Gewichten ändern.</translation>
    </message>
    <message>
        <source>Wishes for the layer before</source>
        <translation>Wünsche an die Schicht davor</translation>
    </message>
    <message>
        <source>Every output neuron has wishes for the last hidden layer. Added together they say how that layer should change; the same reasoning then repeats one layer further back. That is why it is called &lt;b&gt;backpropagation&lt;/b&gt;.</source>
        <translation>Jedes Ausgabeneuron hat Wünsche an die letzte verborgene Schicht. Zusammengezählt sagen sie, wie sich diese Schicht ändern soll; dieselbe Überlegung wiederholt sich dann eine Schicht weiter zurück. Deshalb heißt es &lt;b&gt;Backpropagation&lt;/b&gt; (Fehlerrückführung).</translation>
    </message>
    <message>
        <source>Ask for another digit</source>
        <translation>Eine andere Ziffer verlangen</translation>
    </message>
    <message>
        <source>Pick a different wanted digit above the arrows and watch every wish change.</source>
        <translation>Wählen Sie über den Pfeilen eine andere gewünschte Ziffer und sehen Sie, wie sich jeder Wunsch ändert.</translation>
    </message>
    <message>
        <source>Your turn: click a wanted digit.</source>
        <translation>Sie sind dran: Klicken Sie auf eine gewünschte Ziffer.</translation>
    </message>
    <message>
        <source>Many examples, one step</source>
        <translation>Viele Beispiele, ein Schritt</translation>
    </message>
    <message>
        <source>A real step does not follow one example. Each example of a &lt;b&gt;mini-batch&lt;/b&gt; has its own wishes; their &lt;b&gt;average&lt;/b&gt; is the step gradient descent takes.</source>
        <translation>Ein echter Schritt folgt nicht einem Beispiel. Jedes Beispiel eines &lt;b&gt;Mini-Batches&lt;/b&gt; hat eigene Wünsche; ihr &lt;b&gt;Durchschnitt&lt;/b&gt; ist der Schritt, den der Gradientenabstieg macht.</translation>
    </message>
    <message>
        <source>Your turn: pick another mini-batch.</source>
        <translation>Sie sind dran: Wählen Sie einen anderen Mini-Batch.</translation>
    </message>
    <message>
        <source>Take the step</source>
        <translation>Den Schritt machen</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Step mini-batch&lt;/b&gt; (F10). Training starts from fresh random weights, so the wishes are big. The panel shows the images the step trained on and their cost before and after it.</source>
        <translation>Drücken Sie &lt;b&gt;Mini-Batch-Schritt&lt;/b&gt; (F10). Das Training beginnt mit frischen Zufallsgewichten, daher sind die Wünsche groß. Der Bereich zeigt die Bilder, auf denen der Schritt trainiert hat, und ihre Kosten davor und danach.</translation>
    </message>
    <message>
        <source>Which knobs matter</source>
        <translation>Welche Regler zählen</translation>
    </message>
    <message>
        <source>Averaged over many examples, the gradient says how sensitive the cost is to each weight and bias: a few matter a lot, most very little.</source>
        <translation>Über viele Beispiele gemittelt sagt der Gradient, wie empfindlich die Kosten auf jedes Gewicht und jeden Bias reagieren: wenige zählen viel, die meisten sehr wenig.</translation>
    </message>
    <message>
        <source>Backpropagation calculus</source>
        <translation>Analysis der Backpropagation</translation>
    </message>
    <message>
        <source>One neuron per layer</source>
        <translation>Ein Neuron pro Schicht</translation>
    </message>
    <message>
        <source>The simplest network: a chain of single neurons, a(L−2) → a(L−1) → a(L), and the cost of one example, C₀ = (a(L) − y)².</source>
        <translation>Das einfachste Netz: eine Kette einzelner Neuronen, a(L−2) → a(L−1) → a(L), und die Kosten eines Beispiels, C₀ = (a(L) − y)².</translation>
    </message>
    <message>
        <source>The last link</source>
        <translation>Das letzte Glied</translation>
    </message>
    <message>
        <source>The last neuron computes z(L) = w(L)·a(L−1) + b(L) and a(L) = σ(z(L)). The picture writes the current values on each link.</source>
        <translation>Das letzte Neuron berechnet z(L) = w(L)·a(L−1) + b(L) und a(L) = σ(z(L)). Das Bild schreibt die aktuellen Werte an jedes Glied.</translation>
    </message>
    <message>
        <source>The chain rule</source>
        <translation>Die Kettenregel</translation>
    </message>
    <message>
        <source>A small change in w(L) changes z(L), which changes a(L), which changes C₀. So ∂C₀/∂w(L) = ∂z/∂w · ∂a/∂z · ∂C₀/∂a = a(L−1) · σ′(z) · 2(a − y): three factors, shown in the table.</source>
        <translation>Eine kleine Änderung von w(L) ändert z(L), das ändert a(L), das ändert C₀. Also ∂C₀/∂w(L) = ∂z/∂w · ∂a/∂z · ∂C₀/∂a = a(L−1) · σ′(z) · 2(a − y): drei Faktoren, in der Tabelle gezeigt.</translation>
    </message>
    <message>
        <source>Slide w</source>
        <translation>w verschieben</translation>
    </message>
    <message>
        <source>Drag w. The plot shows C₀ against w; the yellow tangent&apos;s slope is the product of the three factors.</source>
        <translation>Ziehen Sie w. Die Kurve zeigt C₀ über w; die Steigung der gelben Tangente ist das Produkt der drei Faktoren.</translation>
    </message>
    <message>
        <source>Your turn: drag the w slider.</source>
        <translation>Sie sind dran: Ziehen Sie den Schieberegler w.</translation>
    </message>
    <message>
        <source>The bias</source>
        <translation>Der Bias</translation>
    </message>
    <message>
        <source>For the bias the first factor is 1, since ∂z/∂b = 1: ∂C₀/∂b = σ′(z) · 2(a − y).</source>
        <translation>Für den Bias ist der erste Faktor 1, da ∂z/∂b = 1: ∂C₀/∂b = σ′(z) · 2(a − y).</translation>
    </message>
    <message>
        <source>One layer further back</source>
        <translation>Eine Schicht weiter zurück</translation>
    </message>
    <message>
        <source>∂C₀/∂a(L−1) = w · σ′(z) · 2(a − y) tells how the cost feels the previous activation. Repeat the same rule one link back and you reach a(L−2): the picture writes these derivatives under each neuron.</source>
        <translation>∂C₀/∂a(L−1) = w · σ′(z) · 2(a − y) sagt, wie die Kosten die vorige Aktivierung spüren. Wiederholen Sie dieselbe Regel ein Glied weiter zurück, und Sie erreichen a(L−2): Das Bild schreibt diese Ableitungen unter jedes Neuron.</translation>
    </message>
    <message>
        <source>Many neurons</source>
        <translation>Viele Neuronen</translation>
    </message>
    <message>
        <source>With many neurons per layer nothing new happens: a neuron&apos;s activation influences every neuron of the next layer, so its derivative is a sum over them. The backprop panel shows those sums for the real network.</source>
        <translation>Mit vielen Neuronen pro Schicht passiert nichts Neues: Die Aktivierung eines Neurons beeinflusst jedes Neuron der nächsten Schicht, daher ist seine Ableitung eine Summe über sie. Der Backprop-Bereich zeigt diese Summen für das echte Netz.</translation>
    </message>
    <message>
        <source>Free exploration</source>
        <translation>Freies Erkunden</translation>
    </message>
    <message>
        <source>each mini-batch</source>
        <translation type="vanished">jeder Mini-Batch</translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation type="vanished">geglättet</translation>
    </message>
    <message>
        <source>training</source>
        <translation type="vanished">Training</translation>
    </message>
    <message>
        <source>test</source>
        <translation type="vanished">Test</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation type="vanished">Testgenauigkeit</translation>
    </message>
    <message>
        <source>blue: raise w to lower C</source>
        <translation type="vanished">blau: w erhöhen senkt C</translation>
    </message>
    <message>
        <source>  orange: lower w</source>
        <translation type="vanished">  orange: w senken</translation>
    </message>
    <message>
        <source>  (saturates at |∂C/∂w| = %1)</source>
        <translation type="vanished">  (gesättigt bei |∂C/∂w| = %1)</translation>
    </message>
    <message>
        <source>weight</source>
        <translation type="vanished">Gewicht</translation>
    </message>
    <message>
        <source>+ blue</source>
        <translation type="vanished">+ blau</translation>
    </message>
    <message>
        <source>− orange   activation  0</source>
        <translation type="vanished">− orange   Aktivierung  0</translation>
    </message>
    <message>
        <source>Presenting</source>
        <translation>Präsentieren</translation>
    </message>
    <message>
        <source>Full screen with larger text, for a projector</source>
        <translation>Vollbild mit größerer Schrift, für einen Beamer</translation>
    </message>
    <message>
        <source>Show the view in use alone</source>
        <translation>Die benutzte Ansicht allein zeigen</translation>
    </message>
    <message>
        <source>The view under the mouse fills the window; again to go back (or double-click a view&apos;s title)</source>
        <translation>Die Ansicht unter der Maus füllt das Fenster; nochmals, um zurückzukehren (oder Doppelklick auf den Titel einer Ansicht)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <source>Zoom all text in</source>
        <translation>Alle Schrift vergrößern</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kleinere Schrift</translation>
    </message>
    <message>
        <source>Zoom all text out</source>
        <translation>Alle Schrift verkleinern</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Normale Schriftgröße</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Light (projectors)</source>
        <translation>Hell (Beamer)</translation>
    </message>
</context>
<context>
    <name>AbstentionPlot</name>
    <message>
        <source>confidence threshold</source>
        <translation>Konfidenzschwelle</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>accuracy of answered</source>
        <translation>Genauigkeit der beantworteten</translation>
    </message>
</context>
<context>
    <name>AugmentControls</name>
    <message>
        <source>Augmentation</source>
        <translation>Augmentierung</translation>
    </message>
    <message>
        <source>Show the network a freshly jittered copy of each training image: it learns what doesn&apos;t matter (a little noise, a slight turn or shift). Switches on and off immediately, also during training.</source>
        <translation>Zeigt dem Netz von jedem Trainingsbild eine frisch verwackelte Kopie: Es lernt, was keine Rolle spielt (ein wenig Rauschen, eine leichte Drehung oder Verschiebung). Wirkt sofort, auch während des Trainings.</translation>
    </message>
    <message>
        <source>Gaussian noise: σ of the random value added to every pixel (pixels run from 0 to 1).</source>
        <translation>Gaußsches Rauschen: σ des Zufallswerts, der zu jedem Pixel addiert wird (Pixel reichen von 0 bis 1).</translation>
    </message>
    <message>
        <source>Each image turns by a random angle up to this many degrees, either way.</source>
        <translation>Jedes Bild dreht sich um einen zufälligen Winkel bis zu so vielen Grad, in beide Richtungen.</translation>
    </message>
    <message>
        <source>Each image moves by a random whole number of pixels up to this, horizontally and vertically.</source>
        <translation>Jedes Bild verschiebt sich um eine zufällige ganze Zahl von Pixeln bis zu diesem Wert, waagerecht und senkrecht.</translation>
    </message>
    <message>
        <source>Noise σ</source>
        <translation>Rauschen σ</translation>
    </message>
    <message>
        <source>Rotation ±</source>
        <translation>Drehung ±</translation>
    </message>
    <message>
        <source>Shift ±</source>
        <translation>Verschiebung ±</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
</context>
<context>
    <name>AutosaveController</name>
    <message>
        <source>Restore autosave</source>
        <translation>Automatische Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Load the model nnviz saved automatically during training</source>
        <translation>Das Modell laden, das nnviz während des Trainings automatisch gespeichert hat</translation>
    </message>
    <message>
        <source>Load {path} (saved {when})</source>
        <translation>{path} laden (gespeichert {when})</translation>
    </message>
    <message>
        <source>A model autosaved on {when} is available: File ▸ Restore autosave (Ctrl+Shift+O).</source>
        <translation>Ein am {when} automatisch gespeichertes Modell ist verfügbar: Datei ▸ Automatische Sicherung wiederherstellen (Strg+Umschalt+O).</translation>
    </message>
    <message>
        <source>Autosave failed: {error}</source>
        <translation>Automatische Sicherung fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Autosaved epoch {epoch} to {path}.</source>
        <translation>Epoche {epoch} automatisch in {path} gespeichert.</translation>
    </message>
    <message>
        <source>Restored the autosave from {path}.</source>
        <translation>Automatische Sicherung aus {path} wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>BackgroundRead</name>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
</context>
<context>
    <name>BackpropPanel</name>
    <message>
        <source>Backprop: one example</source>
        <translation>Backprop: ein Beispiel</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Festhalten</translation>
    </message>
    <message>
        <source>Keep this example in the diagram instead of cycling through training examples (F4 follows them again).</source>
        <translation>Dieses Beispiel im Diagramm behalten, statt durch die Trainingsbeispiele zu wechseln (F4 folgt ihnen wieder).</translation>
    </message>
    <message>
        <source>Next example</source>
        <translation>Nächstes Beispiel</translation>
    </message>
    <message>
        <source>Explain another training example (the diagram keeps the one being explained until you ask).</source>
        <translation>Ein anderes Trainingsbeispiel erklären (das Diagramm behält das erklärte, bis Sie ein neues anfordern).</translation>
    </message>
    <message>
        <source>η = </source>
        <translation>η = </translation>
    </message>
    <message>
        <source>The learning rate of the one-example step: w ← w − η ∂C/∂w.</source>
        <translation>Die Lernrate des Schritts für ein Beispiel: w ← w − η ∂C/∂w.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Apply exactly this example&apos;s gradient step (Ctrl+B) to a copy of the network and make it the current one.
A training run in progress is stopped: the stepped network replaces the one being trained.</source>
        <translation>Genau den Gradientenschritt dieses Beispiels (Strg+B) auf eine Kopie des Netzes anwenden und sie zum aktuellen Netz machen.
Ein laufendes Training wird angehalten: das Netz nach dem Schritt ersetzt das trainierte.</translation>
    </message>
    <message>
        <source>The nudge each output neuron wants, −∂C/∂a: up for the wanted digit, down for the others; for the quadratic cost exactly y − a.
Click a neuron to see the three ways to raise it.</source>
        <translation>Der Schubs, den jedes Ausgabeneuron will, −∂C/∂a: nach oben für die gewünschte Ziffer, nach unten für die anderen; bei quadratischen Kosten genau y − a.
Klicken Sie auf ein Neuron, um die drei Wege zu sehen, es anzuheben.</translation>
    </message>
    <message>
        <source>The chosen output neuron&apos;s inputs, most useful weight lever first. −∂C/∂w_jk is backprop&apos;s gradient for this one example.</source>
        <translation>Die Eingänge des gewählten Ausgabeneurons, der nützlichste Gewichtshebel zuerst. −∂C/∂w_jk ist der Gradient der Backpropagation für dieses eine Beispiel.</translation>
    </message>
    <message>
        <source>wanted:</source>
        <translation>gewünscht:</translation>
    </message>
    <message>
        <source>One example</source>
        <translation>Ein Beispiel</translation>
    </message>
    <message>
        <source>Mini-batch: the average</source>
        <translation>Mini-Batch: der Durchschnitt</translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation>Noch kein Netz.</translation>
    </message>
    <message>
        <source>No input in the diagram yet.</source>
        <translation>Noch keine Eingabe im Diagramm.</translation>
    </message>
    <message>
        <source>The network does not take this input.</source>
        <translation>Das Netz nimmt diese Eingabe nicht an.</translation>
    </message>
    <message>
        <source>label {label}</source>
        <translation>Label {label}</translation>
    </message>
    <message>
        <source>no label: pick the digit it should be</source>
        <translation>kein Label: wählen Sie die Ziffer, die es sein soll</translation>
    </message>
    <message>
        <source>no label: pick the class it should be</source>
        <translation>kein Label: wählen Sie die Klasse, die es sein sollte</translation>
    </message>
    <message>
        <source>output nudges, {formula}</source>
        <translation>Schubse der Ausgabe, {formula}</translation>
    </message>
    <message>
        <source>wishes for hidden {layer}</source>
        <translation>Wünsche an verborgene {layer}</translation>
    </message>
    <message>
        <source>one layer back: hidden {layer}</source>
        <translation>eine Schicht zurück: verborgene {layer}</translation>
    </message>
    <message>
        <source>What all output neurons together want from hidden layer {layer}: −∂C/∂a, each neuron&apos;s nudges times its weights, summed.</source>
        <translation>Was alle Ausgabeneuronen zusammen von der verborgenen Schicht {layer} wollen: −∂C/∂a, die Schubse jedes Neurons mal seine Gewichte, summiert.</translation>
    </message>
    <message>
        <source>What all output neurons together want from hidden layer {layer}: −∂C/∂a, each neuron&apos;s nudges times its weights, summed, propagated one layer further.</source>
        <translation>Was alle Ausgabeneuronen zusammen von der verborgenen Schicht {layer} wollen: −∂C/∂a, die Schubse jedes Neurons mal seine Gewichte, summiert und eine Schicht weiter zurückgeführt.</translation>
    </message>
    <message>
        <source>Output {name}: a = {a:.4f}, wants y = {y:.0f}, nudge {nudge:+.4f}. ∂a/∂b = {da_db:.4f}, so −∂C/∂b = {db:+.4f} (backprop). Cost of this example C = {C:.4f}.</source>
        <translation>Ausgabe {name}: a = {a:.4f}, will y = {y:.0f}, Schubs {nudge:+.4f}. ∂a/∂b = {da_db:.4f}, also −∂C/∂b = {db:+.4f} (Backpropagation). Kosten dieses Beispiels C = {C:.4f}.</translation>
    </message>
    <message>
        <source>Step applied: this example&apos;s cost {before:.4f} → {after:.4f} (first-order estimate {estimate:.4f}).</source>
        <translation>Schritt angewendet: Kosten dieses Beispiels {before:.4f} → {after:.4f} (Schätzung erster Ordnung {estimate:.4f}).</translation>
    </message>
    <message>
        <source>One-example step: cost {before:.4f} → {after:.4f}</source>
        <translation>Schritt für ein Beispiel: Kosten {before:.4f} → {after:.4f}</translation>
    </message>
    <message>
        <source>The nudge each output neuron wants, −∂C/∂a: up for the wanted class, down for the others; for the quadratic cost exactly y − a.
Click a neuron to see the three ways to raise it.</source>
        <translation>Der Schubs, den jedes Ausgabeneuron will, −∂C/∂a: nach oben für die gewünschte Klasse, nach unten für die anderen; bei quadratischen Kosten genau y − a.
Klicken Sie auf ein Neuron, um die drei Wege zu sehen, es anzuheben.</translation>
    </message>
    <message>
        <source>Ask the network for {name}: y = 1 for {name}, 0 for the others</source>
        <translation>Vom Netz {name} verlangen: y = 1 für {name}, 0 für die anderen</translation>
    </message>
    <message>
        <source>A random mini-batch of {n} training examples:</source>
        <translation type="vanished">Ein zufälliger Mini-Batch aus {n} Trainingsbeispielen:</translation>
    </message>
    <message>
        <source>training example {i:,}</source>
        <translation>Trainingsbeispiel {i:,}</translation>
    </message>
</context>
<context>
    <name>BatchPage</name>
    <message>
        <source>A training step does not follow one example. Every example of the mini-batch has its own wishes; gradient descent moves by their &lt;b&gt;average&lt;/b&gt; (last row).</source>
        <translation>Ein Trainingsschritt folgt nicht einem einzelnen Beispiel. Jedes Beispiel des Mini-Batches hat eigene Wünsche; der Gradientenabstieg folgt ihrem &lt;b&gt;Durchschnitt&lt;/b&gt; (letzte Zeile).</translation>
    </message>
    <message>
        <source>Pick another mini-batch</source>
        <translation>Anderen Mini-Batch wählen</translation>
    </message>
    <message>
        <source>Take a random mini-batch from the training set.</source>
        <translation>Einen zufälligen Mini-Batch aus der Trainingsmenge nehmen.</translation>
    </message>
    <message>
        <source>show </source>
        <translation>zeige </translation>
    </message>
    <message>
        <source> examples</source>
        <translation> Beispiele</translation>
    </message>
    <message>
        <source>&lt;b&gt;image&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bild&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;wishes: outputs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wünsche: Ausgaben&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A random mini-batch of {n} training examples:</source>
        <translation>Ein zufälliger Mini-Batch aus {n} Trainingsbeispielen:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step mini-batch&lt;/b&gt; trained on these {n} images. Their cost: &lt;b&gt;{b:.4f} → {a:.4f}&lt;/b&gt; ({d:+.1f} %) after one step down the average gradient.</source>
        <translation>&lt;b&gt;Mini-Batch-Schritt&lt;/b&gt; auf diesen {n} Bildern trainiert. Ihre Kosten: &lt;b&gt;{b:.4f} → {a:.4f}&lt;/b&gt; ({d:+.1f} %) nach einem Schritt entlang des durchschnittlichen Gradienten.</translation>
    </message>
    <message>
        <source>What each of them wanted just before the step:</source>
        <translation>Was jedes von ihnen kurz vor dem Schritt wollte:</translation>
    </message>
    <message>
        <source>&lt;b&gt;last hidden layer&lt;/b&gt;</source>
        <translation>&lt;b&gt;letzte verborgene Schicht&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;average&lt;/b&gt;&lt;br&gt;of all {n}&lt;br&gt;(×{f:.0f})</source>
        <translation>&lt;b&gt;Durchschnitt&lt;/b&gt;&lt;br&gt;aller {n}&lt;br&gt;(×{f:.0f})</translation>
    </message>
    <message>
        <source>The mean of every example&apos;s wishes: the direction of the step. Drawn magnified by the factor shown, since the wishes partly cancel.</source>
        <translation>Der Mittelwert der Wünsche aller Beispiele: die Richtung des Schritts. Um den angegebenen Faktor vergrößert gezeichnet, da sich die Wünsche teilweise aufheben.</translation>
    </message>
    <message>
        <source>wants {t}, cost {c:.3f}</source>
        <translation>will {t}, Kosten {c:.3f}</translation>
    </message>
</context>
<context>
    <name>ChainPanel</name>
    <message>
        <source>the weight of the last link</source>
        <translation>das Gewicht des letzten Glieds</translation>
    </message>
    <message>
        <source>the bias of the last neuron</source>
        <translation>der Bias des letzten Neurons</translation>
    </message>
    <message>
        <source>the previous neuron&apos;s activation, this link&apos;s input</source>
        <translation>die Aktivierung des vorigen Neurons, die Eingabe dieses Glieds</translation>
    </message>
    <message>
        <source>the desired output</source>
        <translation>die gewünschte Ausgabe</translation>
    </message>
    <message>
        <source>(a − y)²  (no ½)</source>
        <translation>(a − y)²  (ohne ½)</translation>
    </message>
    <message>
        <source>check</source>
        <translation>Probe</translation>
    </message>
    <message>
        <source>The toy follows the video: C₀ = (a − y)², so ∂C₀/∂a = 2(a − y). The app&apos;s networks use the seed&apos;s ½(a − y)², whose gradients are half as large.</source>
        <translation>Das Spielzeug folgt dem Video: C₀ = (a − y)², also ∂C₀/∂a = 2(a − y). Die Netze der App verwenden ½(a − y)², dessen Gradienten halb so groß sind.</translation>
    </message>
    <message>
        <source>Chain rule: one neuron per layer</source>
        <translation>Kettenregel: ein Neuron pro Schicht</translation>
    </message>
    <message>
        <source>{what} (arrow keys: 0.01, Page Up/Down: 0.25)</source>
        <translation>{what} (Pfeiltasten: 0,01, Bild auf/ab: 0,25)</translation>
    </message>
    <message>
        <source>C₀ = (a − y)², as in the video</source>
        <translation>C₀ = (a − y)², wie im Video</translation>
    </message>
    <message>
        <source>C₀ as a function of w (the other values fixed); the highlighted tangent has slope ∂C₀/∂w at the current w.</source>
        <translation>C₀ als Funktion von w (die anderen Werte fest); die hervorgehobene Tangente hat die Steigung ∂C₀/∂w beim aktuellen w.</translation>
    </message>
    <message>
        <source>The chain of the lesson: each neuron&apos;s activation feeds the next through one weight and bias; C₀ compares a(L) with y. Under each neuron: how much C₀ changes when that activation changes (the chain rule, one link at a time).</source>
        <translation>Die Kette der Lektion: Die Aktivierung jedes Neurons speist über ein Gewicht und einen Bias das nächste; C₀ vergleicht a(L) mit y. Unter jedem Neuron: wie stark sich C₀ ändert, wenn sich diese Aktivierung ändert (die Kettenregel, Glied für Glied).</translation>
    </message>
</context>
<context>
    <name>ChainPicture</name>
    <message>
        <source>C₀ = (a(L) − y)²: the chain rule multiplies the derivatives along the arrows, from C₀ back to each weight</source>
        <translation>C₀ = (a(L) − y)²: Die Kettenregel multipliziert die Ableitungen entlang der Pfeile, von C₀ zurück zu jedem Gewicht</translation>
    </message>
</context>
<context>
    <name>CheckedSpinBox</name>
    <message>
        <source>{what} must be a whole number from {low} to {high}{note}.</source>
        <translation>{what} muss eine ganze Zahl von {low} bis {high} sein{note}.</translation>
    </message>
    <message>
        <source>{what} must be a number from {low} to {high}{note}.</source>
        <translation>{what} muss eine Zahl von {low} bis {high} sein{note}.</translation>
    </message>
    <message>
        <source> Kept {value}.</source>
        <translation> {value} beibehalten.</translation>
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
        <translation>quadratisch</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>Kreuzentropie</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>scaled</source>
        <translation>skaliert</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>konstant</translation>
    </message>
    <message>
        <source>step</source>
        <translation>stufenweise</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>Kosinus</translation>
    </message>
</context>
<context>
    <name>ClassNames</name>
    <message>
        <source>T-shirt/top</source>
        <translation>T-Shirt/Top</translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation>Hose</translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation>Pullover</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>Kleid</translation>
    </message>
    <message>
        <source>Coat</source>
        <translation>Mantel</translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation>Sandale</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>Hemd</translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation>Sneaker</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>Tasche</translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation>Stiefelette</translation>
    </message>
    <message>
        <source>Recognised: {name} ({value})</source>
        <comment>a class name, without an article</comment>
        <translation>Erkannt: {name} ({value})</translation>
    </message>
    <message>
        <source>Perhaps: {name} ({value})</source>
        <comment>a class name, without an article</comment>
        <translation>Vielleicht: {name} ({value})</translation>
    </message>
    <message>
        <source>It&apos;s an {digit} ({value})</source>
        <comment>a digit said with &apos;an&apos;</comment>
        <translation>Das ist eine {digit} ({value})</translation>
    </message>
    <message>
        <source>It&apos;s a {digit} ({value})</source>
        <comment>a digit said with &apos;a&apos;</comment>
        <translation>Das ist eine {digit} ({value})</translation>
    </message>
    <message>
        <source>Maybe an {digit} ({value})</source>
        <comment>a digit said with &apos;an&apos;</comment>
        <translation>Vielleicht eine {digit} ({value})</translation>
    </message>
    <message>
        <source>Maybe a {digit} ({value})</source>
        <comment>a digit said with &apos;a&apos;</comment>
        <translation>Vielleicht eine {digit} ({value})</translation>
    </message>
</context>
<context>
    <name>ClassOverview</name>
    <message>
        <source>training examples</source>
        <translation>Trainingsbeispiele</translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <source>Compare with a saved model…</source>
        <translation>Mit einem gespeicherten Modell vergleichen…</translation>
    </message>
    <message>
        <source>Load an nnviz model file (.npz) and evaluate it on the same test images as the current network</source>
        <translation>Eine nnviz-Modelldatei (.npz) laden und auf denselben Testbildern wie das aktuelle Netz auswerten</translation>
    </message>
    <message>
        <source>Load a saved model to see its accuracy and confusion matrix beside the current network&apos;s.</source>
        <translation>Laden Sie ein gespeichertes Modell, um seine Genauigkeit und Konfusionsmatrix neben denen des aktuellen Netzes zu sehen.</translation>
    </message>
    <message>
        <source>Compare with a saved model</source>
        <translation>Mit einem gespeicherten Modell vergleichen</translation>
    </message>
    <message>
        <source>nnviz model (*.npz)</source>
        <translation>nnviz-Modell (*.npz)</translation>
    </message>
    <message>
        <source>Cannot compare: {reason}</source>
        <translation>Vergleich nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>current network: {accuracy:.2f} %</source>
        <translation>aktuelles Netz: {accuracy:.2f} %</translation>
    </message>
    <message>
        <source>On {n:,} test images the two agree {agree:.1f} % of the time. Only the current network is right on {only_a:,}; only {name} on {only_b:,}.</source>
        <translation>Auf {n:,} Testbildern stimmen die beiden zu {agree:.1f} % überein. Nur das aktuelle Netz liegt bei {only_a:,} richtig, nur {name} bei {only_b:,}.</translation>
    </message>
</context>
<context>
    <name>ComputedPanel</name>
    <message>
        <source>{what} needs a network and training data: load a dataset in the Training panel first.</source>
        <translation>{what} braucht ein Netz und Trainingsdaten: Laden Sie zuerst einen Datensatz im Trainingsbereich.</translation>
    </message>
    <message>
        <source>The network and the data do not fit together; press Reset.</source>
        <translation>Netz und Daten passen nicht zusammen; drücken Sie Zurücksetzen.</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <source>predicted →</source>
        <translation>vorhergesagt →</translation>
    </message>
    <message>
        <source>true →</source>
        <translation>wahr →</translation>
    </message>
    <message>
        <source>right</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>taken for {other}</source>
        <translation>gehalten für {other}</translation>
    </message>
    <message>
        <source>true {true}, predicted {predicted}: {n:,} images ({share:.1f} % of the {true}s, {what}). Click to see them.</source>
        <translation>wahr {true}, vorhergesagt {predicted}: {n:,} Bilder ({share:.1f} % der {true}, {what}). Klicken, um sie zu sehen.</translation>
    </message>
</context>
<context>
    <name>CostView</name>
    <message>
        <source>each mini-batch</source>
        <translation>jeder Mini-Batch</translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation>geglättet</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>log. Skala</translation>
    </message>
    <message>
        <source>Logarithmic cost axis: late, small improvements stay visible.</source>
        <translation>Logarithmische Kostenachse: späte, kleine Verbesserungen bleiben sichtbar.</translation>
    </message>
    <message>
        <source>first epoch</source>
        <translation>erste Epoche</translation>
    </message>
    <message>
        <source>Zoom to the start of the run, where the cost falls fastest; untick to see the whole run again.</source>
        <translation>Auf den Anfang des Laufs zoomen, wo die Kosten am schnellsten fallen; abwählen, um wieder den ganzen Lauf zu sehen.</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>test accuracy (%)</source>
        <translation>Testgenauigkeit (%)</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>mini-batches</source>
        <translation>Mini-Batches</translation>
    </message>
</context>
<context>
    <name>DamagePlot</name>
    <message>
        <source>accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <source>damage</source>
        <translation>Beschädigung</translation>
    </message>
    <message>
        <source>chance</source>
        <translation>Zufall</translation>
    </message>
</context>
<context>
    <name>DataController</name>
    <message>
        <source>Download MNIST</source>
        <translation>MNIST herunterladen</translation>
    </message>
    <message>
        <source>Fetch the four MNIST files (about 11 MB), check them and keep them in your cache folder.</source>
        <translation>Die vier MNIST-Dateien (etwa 11 MB) holen, prüfen und in Ihrem Cache-Ordner ablegen.</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <source>Use MNIST .gz files you already have.</source>
        <translation>MNIST-.gz-Dateien verwenden, die Sie schon haben.</translation>
    </message>
    <message>
        <source>Use synthetic digits</source>
        <translation>Synthetische Ziffern</translation>
    </message>
    <message>
        <source>Digits drawn by nnviz itself: works offline, but they are not real handwriting.</source>
        <translation>Von nnviz selbst gezeichnete Ziffern: geht offline, ist aber keine echte Handschrift.</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>{name} wird geladen…</translation>
    </message>
    <message>
        <source>{name}: {train:,} training and {test:,} test images</source>
        <translation>{name}: {train:,} Trainings- und {test:,} Testbilder</translation>
    </message>
    <message>
        <source> — generated by nnviz, not real handwriting</source>
        <translation> — von nnviz erzeugt, keine echte Handschrift</translation>
    </message>
    <message>
        <source>{message}
Still using {name}.</source>
        <translation>{message}
Weiterhin wird {name} verwendet.</translation>
    </message>
    <message>
        <source>MNIST isn&apos;t on this computer yet: download it (11 MB, checksums verified), choose a folder that holds it, or train on nnviz&apos;s synthetic digits. The pretrained network and the drawing pad already work.</source>
        <translation>MNIST ist noch nicht auf diesem Computer: Laden Sie es herunter (11 MB, Prüfsummen geprüft), wählen Sie einen Ordner, der es enthält, oder trainieren Sie mit den synthetischen Ziffern von nnviz. Das vortrainierte Netz und das Zeichenfeld funktionieren schon.</translation>
    </message>
    <message>
        <source>MNIST could not be loaded: {message} Choose another folder, download a fresh copy, or train on nnviz&apos;s synthetic digits.</source>
        <translation>MNIST konnte nicht geladen werden: {message} Wählen Sie einen anderen Ordner, laden Sie eine neue Kopie herunter oder trainieren Sie mit den synthetischen Ziffern von nnviz.</translation>
    </message>
    <message>
        <source>Could not load the dataset</source>
        <translation>Datensatz konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Downloading MNIST…</source>
        <translation>MNIST wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Downloading {name} into {folder}…</source>
        <translation>{name} wird nach {folder} heruntergeladen…</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Download fehlgeschlagen</translation>
    </message>
    <message>
        <source>Check your internet connection and try again, or choose a folder that already holds MNIST.</source>
        <translation>Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut, oder wählen Sie einen Ordner, der MNIST schon enthält.</translation>
    </message>
    <message>
        <source>Folder with the four MNIST .gz files</source>
        <translation>Ordner mit den vier MNIST-.gz-Dateien</translation>
    </message>
    <message>
        <source>Imported: {name}</source>
        <translation>Importiert: {name}</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Augmentierung</translation>
    </message>
    <message>
        <source>Training set</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Test set</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Which images to browse: the ones the network learns from, or the ones kept apart to test it.</source>
        <translation>Welche Bilder durchsucht werden: die, aus denen das Netz lernt, oder die zum Testen zurückgehaltenen.</translation>
    </message>
    <message>
        <source>Show every class, or only the images of one class.</source>
        <translation>Alle Klassen zeigen oder nur die Bilder einer Klasse.</translation>
    </message>
    <message>
        <source>Previous page (PgUp)</source>
        <translation>Vorherige Seite (Bild↑)</translation>
    </message>
    <message>
        <source>Next page (PgDown)</source>
        <translation>Nächste Seite (Bild↓)</translation>
    </message>
    <message>
        <source>No dataset loaded yet.</source>
        <translation>Noch kein Datensatz geladen.</translation>
    </message>
    <message>
        <source>Click an image to send it through the network.</source>
        <translation>Klicken Sie auf ein Bild, um es durch das Netz zu schicken.</translation>
    </message>
    <message>
        <source>Each class&apos;s average image (every pixel the mean of that pixel over the class) and how many training images it has; a class with few examples is learnt less well.</source>
        <translation>Das Durchschnittsbild jeder Klasse (jedes Pixel der Mittelwert dieses Pixels über die Klasse) und wie viele Trainingsbilder sie hat; eine Klasse mit wenigen Beispielen wird schlechter gelernt.</translation>
    </message>
    <message>
        <source>Average image and number of training images per class</source>
        <translation>Durchschnittsbild und Anzahl der Trainingsbilder je Klasse</translation>
    </message>
    <message>
        <source>Other images</source>
        <translation>Andere Bilder</translation>
    </message>
    <message>
        <source>Pick other training images and new random jitter.</source>
        <translation>Andere Trainingsbilder und neue zufällige Verzerrungen wählen.</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>As the network sees them while training</source>
        <translation>So sieht das Netz sie beim Training</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <source>test image {i:,}</source>
        <translation>Testbild {i:,}</translation>
    </message>
    <message>
        <source>training image {i:,}</source>
        <translation>Trainingsbild {i:,}</translation>
    </message>
    <message>
        <source>No images of this class.</source>
        <translation>Keine Bilder dieser Klasse.</translation>
    </message>
    <message>
        <source>page {page:,} of {pages:,}</source>
        <translation>Seite {page:,} von {pages:,}</translation>
    </message>
    <message>
        <source>counting classes</source>
        <translation>Klassen zählen</translation>
    </message>
    <message>
        <source>averaging each class</source>
        <translation>jede Klasse mitteln</translation>
    </message>
    <message>
        <source>counting pixel values</source>
        <translation>Pixelwerte zählen</translation>
    </message>
    <message>
        <source>Counting the training images…</source>
        <translation>Trainingsbilder werden gezählt…</translation>
    </message>
    <message>
        <source>{total:,} pixels of {images:,} training images. {dark:.0%} fall in the darkest bin and {bright:.0%} in the brightest; the count axis is logarithmic so that the bins in between stay visible.</source>
        <translation>{total:,} Pixel aus {images:,} Trainingsbildern. {dark:.0%} fallen in das dunkelste Intervall und {bright:.0%} in das hellste; die Zählachse ist logarithmisch, damit die Intervalle dazwischen sichtbar bleiben.</translation>
    </message>
    <message>
        <source>Augmentation is off. Switch it on under Training ▸ Augmentation to see what the network would get instead.</source>
        <translation>Augmentierung ist aus. Schalten Sie sie unter Training ▸ Augmentierung ein, um zu sehen, was das Netz stattdessen bekäme.</translation>
    </message>
    <message>
        <source>Augmentation: {what}. Every mini-batch gets a new random jitter; this is one draw.</source>
        <translation>Augmentierung: {what}. Jeder Mini-Batch bekommt eine neue zufällige Verzerrung; dies ist eine Ziehung.</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>add nnviz to your application menu (your XDG data folder)</source>
        <translation>nnviz zu Ihrem Anwendungsmenü hinzufügen (Ihr XDG-Datenordner)</translation>
    </message>
    <message>
        <source>remove exactly the files --install wrote</source>
        <translation>genau die Dateien entfernen, die --install geschrieben hat</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>{path} geschrieben</translation>
    </message>
    <message>
        <source>removed {path}</source>
        <translation>{path} entfernt</translation>
    </message>
    <message>
        <source>kept {path}: it changed after nnviz wrote it</source>
        <translation>{path} behalten: Die Datei wurde geändert, nachdem nnviz sie geschrieben hat</translation>
    </message>
    <message>
        <source>could not install the desktop entry: {reason}</source>
        <translation>Der Desktop-Eintrag konnte nicht installiert werden: {reason}</translation>
    </message>
    <message>
        <source>nothing to uninstall: {manifest} does not exist (nnviz desktop --install writes it)</source>
        <translation>Nichts zu deinstallieren: {manifest} existiert nicht (nnviz desktop --install schreibt es)</translation>
    </message>
    <message>
        <source>cannot read {manifest}: {reason}</source>
        <translation>{manifest} kann nicht gelesen werden: {reason}</translation>
    </message>
</context>
<context>
    <name>Download</name>
    <message>
        <source>folder to download into (default: the user cache)</source>
        <translation>Ordner, in den heruntergeladen wird (Standard: der Benutzer-Cache)</translation>
    </message>
    <message>
        <source>MNIST is in {folder}</source>
        <translation>MNIST liegt in {folder}</translation>
    </message>
</context>
<context>
    <name>DrawingPad</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last stroke (Ctrl+Z)</source>
        <translation>Letzten Strich rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Clear the pad (Esc)</source>
        <translation>Zeichenfläche löschen (Esc)</translation>
    </message>
    <message>
        <source>Pen width. MNIST digits are written with a thick pen; very thin or very thick strokes make the network less sure.</source>
        <translation>Stiftbreite. MNIST-Ziffern sind mit einem dicken Stift geschrieben; sehr dünne oder sehr dicke Striche machen das Netz unsicherer.</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>Stift</translation>
    </message>
    <message>
        <source>Draw a piece of clothing here</source>
        <translation>Kleidung zeichnen</translation>
    </message>
    <message>
        <source>Draw something here</source>
        <translation>Etwas zeichnen</translation>
    </message>
    <message>
        <source>Draw a digit here</source>
        <translation>Ziffer zeichnen</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>augmentation {name} must be a number from 0 to {top}; got {value}.</source>
        <translation>die Augmentierung {name} muss eine Zahl von 0 bis {top} sein; erhalten: {value}.</translation>
    </message>
    <message>
        <source>augmentation shift must be a whole number of pixels; got {shift}.</source>
        <translation>die Verschiebung der Augmentierung muss eine ganze Zahl von Pixeln sein; erhalten: {shift}.</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>line {n}</source>
        <translation>Zeile {n}</translation>
    </message>
    <message>
        <source>{path}: is not UTF-8 text (byte 0x{byte:02x} cannot be decoded); a CSV must be plain UTF-8 or ASCII.</source>
        <translation>{path}: ist kein UTF-8-Text (Byte 0x{byte:02x} lässt sich nicht decodieren); eine CSV-Datei muss reines UTF-8 oder ASCII sein.</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason}).</source>
        <translation>{path}: kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>a line</source>
        <translation>eine Zeile</translation>
    </message>
    <message>
        <source>is longer than {most:,} characters, which no row of pixels needs.</source>
        <translation>ist länger als {most:,} Zeichen, was keine Pixelzeile braucht.</translation>
    </message>
    <message>
        <source>{path}: the first line is longer than {max_line:,} characters; this is not a CSV of images.</source>
        <translation>{path}: die erste Zeile ist länger als {max_line:,} Zeichen; das ist keine CSV-Datei mit Bildern.</translation>
    </message>
    <message>
        <source>{path}: the file is empty or starts with an empty line.</source>
        <translation>{path}: die Datei ist leer oder beginnt mit einer leeren Zeile.</translation>
    </message>
    <message>
        <source>{path}: the header names no label column (it starts with {first!r}); nnviz needs a label for every image.</source>
        <translation>{path}: die Kopfzeile nennt keine Label-Spalte (sie beginnt mit {first!r}); nnviz braucht für jedes Bild ein Label.</translation>
    </message>
    <message>
        <source>{path}: rows have {n_fields} values but the training file&apos;s have {n_columns}.</source>
        <translation>{path}: die Zeilen haben {n_fields} Werte, die der Trainingsdatei aber {n_columns}.</translation>
    </message>
    <message>
        <source>{path}: rows have {n_columns} values; nnviz expects a label then a square image&apos;s pixels (784 = 28×28 for MNIST).</source>
        <translation>{path}: die Zeilen haben {n_columns} Werte; nnviz erwartet ein Label und dann die Pixel eines quadratischen Bildes (784 = 28×28 bei MNIST).</translation>
    </message>
    <message>
        <source>holds a value that is not a finite number (NaN or inf).</source>
        <translation>enthält einen Wert, der keine endliche Zahl ist (NaN oder inf).</translation>
    </message>
    <message>
        <source>label {label:g} is not a whole number from 0 to {most}.</source>
        <translation>das Label {label:g} ist keine ganze Zahl von 0 bis {most}.</translation>
    </message>
    <message>
        <source>pixel value {value:g} is outside 0–{scale:g} (the range this file&apos;s first rows use).</source>
        <translation>der Pixelwert {value:g} liegt außerhalb von 0–{scale:g} (dem Bereich der ersten Zeilen dieser Datei).</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>ist leer.</translation>
    </message>
    <message>
        <source>has {n} values; expected {columns} (a label and {pixels} pixels).</source>
        <translation>hat {n} Werte; erwartet: {columns} (ein Label und {pixels} Pixel).</translation>
    </message>
    <message>
        <source>value {value!r} in column {column} is not a number.</source>
        <translation>der Wert {value!r} in Spalte {column} ist keine Zahl.</translation>
    </message>
    <message>
        <source>{path}: no such CSV file.</source>
        <translation>{path}: diese CSV-Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>{path}: not a regular file (a folder, device or pipe).</source>
        <translation>{path}: keine gewöhnliche Datei (ein Ordner, Gerät oder eine Pipe).</translation>
    </message>
    <message>
        <source>pixels were floats from 0 to 1; stored as bytes (0–255)</source>
        <translation>die Pixel waren Gleitkommazahlen von 0 bis 1; als Bytes (0–255) gespeichert</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>{name}: {part} images must be float32 (n, pixels); got {dtype} {shape}.</source>
        <translation>{name}: die Bilder ({part}) müssen float32 (n, Pixel) sein; erhalten: {dtype} {shape}.</translation>
    </message>
    <message>
        <source>{name}: {part} labels must be uint8 ({n_x},); got {dtype} {shape}.</source>
        <translation>{name}: die Labels ({part}) müssen uint8 ({n_x},) sein; erhalten: {dtype} {shape}.</translation>
    </message>
    <message>
        <source>{name}: train images have {n_inputs} pixels but test images have {pixels}.</source>
        <translation>{name}: die Trainingsbilder haben {n_inputs} Pixel, die Testbilder aber {pixels}.</translation>
    </message>
    <message>
        <source>{name}: a {part} label is {label} but there are only {n_classes} classes.</source>
        <translation>{name}: ein Label ({part}) ist {label}, es gibt aber nur {n_classes} Klassen.</translation>
    </message>
    <message>
        <source>{name}: {n_inputs} pixels per image is not a square image.</source>
        <translation>{name}: {n_inputs} Pixel pro Bild ergeben kein quadratisches Bild.</translation>
    </message>
    <message>
        <source>a subset needs at least one example of each; got {n_train} training and {n_test} test.</source>
        <translation>eine Teilmenge braucht mindestens ein Beispiel von jedem; erhalten: {n_train} Trainings- und {n_test} Testbeispiele.</translation>
    </message>
    <message>
        <source>images must be uint8 (n, rows, cols) or (n, pixels); got {dtype} {shape}.</source>
        <translation>die Bilder müssen uint8 (n, Zeilen, Spalten) oder (n, Pixel) sein; erhalten: {dtype} {shape}.</translation>
    </message>
    <message>
        <source>labels must be integers in 0–255; got {dtype}.</source>
        <translation>die Labels müssen ganze Zahlen in 0–255 sein; erhalten: {dtype}.</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>abgeschnitten</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <source>not valid gzip data</source>
        <translation>keine gültigen gzip-Daten</translation>
    </message>
    <message>
        <source>disk full</source>
        <translation>Datenträger voll</translation>
    </message>
    <message>
        <source>cannot write the download into {folder}: {why}.</source>
        <translation>der Download kann nicht in {folder} geschrieben werden: {why}.</translation>
    </message>
    <message>
        <source>download cancelled</source>
        <translation>Download abgebrochen</translation>
    </message>
    <message>
        <source>checksum mismatch (more data than the pinned file)</source>
        <translation>Prüfsumme stimmt nicht (mehr Daten als die erwartete Datei)</translation>
    </message>
    <message>
        <source>checksum mismatch (larger than the pinned file)</source>
        <translation>Prüfsumme stimmt nicht (größer als die erwartete Datei)</translation>
    </message>
    <message>
        <source>checksum mismatch</source>
        <translation>Prüfsumme stimmt nicht</translation>
    </message>
    <message>
        <source>no mirrors were given</source>
        <translation>es wurden keine Spiegelserver angegeben</translation>
    </message>
    <message>
        <source>could not download {name} from any mirror: {tried}.</source>
        <translation>{name} konnte von keinem Spiegelserver heruntergeladen werden: {tried}.</translation>
    </message>
    <message>
        <source>{folder}: cannot be listed ({reason}).</source>
        <translation>{folder}: Inhalt kann nicht aufgelistet werden ({reason}).</translation>
    </message>
    <message>
        <source>is not inside a class folder (one sub-folder per class).</source>
        <translation>liegt nicht in einem Klassenordner (ein Unterordner pro Klasse).</translation>
    </message>
    <message>
        <source>is a folder inside a class folder; it was not searched.</source>
        <translation>ist ein Ordner in einem Klassenordner; er wurde nicht durchsucht.</translation>
    </message>
    <message>
        <source>is not an image file ({suffix}).</source>
        <translation>ist keine Bilddatei ({suffix}).</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>keine Endung</translation>
    </message>
    <message>
        <source>holds no images, so it is not made a class.</source>
        <translation>enthält keine Bilder und wird daher keine Klasse.</translation>
    </message>
    <message>
        <source>could not be read as an image ({e}).</source>
        <translation>konnte nicht als Bild gelesen werden ({e}).</translation>
    </message>
    <message>
        <source>is blank: no ink was found.</source>
        <translation>ist leer: es wurde keine Tinte gefunden.</translation>
    </message>
    <message>
        <source>{root}: not a folder.</source>
        <translation>{root}: kein Ordner.</translation>
    </message>
    <message>
        <source>image folder</source>
        <translation>Bildordner</translation>
    </message>
    <message>
        <source>used {folder}/ as the test set</source>
        <translation>{folder}/ als Testmenge verwendet</translation>
    </message>
    <message>
        <source>{root}: no images found; expected one sub-folder per class holding PNG, JPEG or BMP pictures (e.g. {name}/7/my-seven.png).</source>
        <translation>{root}: keine Bilder gefunden; erwartet wird ein Unterordner pro Klasse mit PNG-, JPEG- oder BMP-Bildern (z. B. {name}/7/my-seven.png).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>{path}: is a folder, not an IDX file.</source>
        <translation>{path}: ist ein Ordner, keine IDX-Datei.</translation>
    </message>
    <message>
        <source>{path}: file not found.</source>
        <translation>{path}: Datei nicht gefunden.</translation>
    </message>
    <message>
        <source>{path}: is not a regular {what} (a device, pipe or socket); nnviz reads only ordinary files.</source>
        <translation>{path}: ist keine gewöhnliche {what} (ein Gerät, eine Pipe oder ein Socket); nnviz liest nur gewöhnliche Dateien.</translation>
    </message>
    <message>
        <source>{path}: header says {shape} ({body:,} bytes), more than the {gb} GiB nnviz reads from one IDX file.</source>
        <translation>{path}: der Kopf nennt {shape} ({body:,} Bytes), mehr als die {gb} GiB, die nnviz aus einer IDX-Datei liest.</translation>
    </message>
    <message>
        <source>{path}: header says {shape} ({body:,} bytes) but the file holds {held:,} bytes after its {length}-byte header.</source>
        <translation>{path}: der Kopf nennt {shape} ({body:,} Bytes), die Datei enthält nach ihrem {length}-Byte-Kopf aber {held:,} Bytes.</translation>
    </message>
    <message>
        <source>{path}: the gzip data is truncated or corrupt ({err}).</source>
        <translation>{path}: die gzip-Daten sind abgeschnitten oder beschädigt ({err}).</translation>
    </message>
    <message>
        <source>{path}: header says {shape} ({body:,} bytes) but the file holds fewer bytes after its {length}-byte header.</source>
        <translation>{path}: der Kopf nennt {shape} ({body:,} Bytes), die Datei enthält nach ihrem {length}-Byte-Kopf aber weniger Bytes.</translation>
    </message>
    <message>
        <source>{path}: header says {shape} ({body:,} bytes) but the file holds more bytes after its {length}-byte header.</source>
        <translation>{path}: der Kopf nennt {shape} ({body:,} Bytes), die Datei enthält nach ihrem {length}-Byte-Kopf aber mehr Bytes.</translation>
    </message>
    <message>
        <source>{n:,} images of {rows}×{cols}</source>
        <translation>{n:,} Bilder von {rows}×{cols}</translation>
    </message>
    <message>
        <source>{n:,} labels</source>
        <translation>{n:,} Labels</translation>
    </message>
    <message>
        <source>{path}: the file is empty.</source>
        <translation>{path}: die Datei ist leer.</translation>
    </message>
    <message>
        <source>{path}: only {n_data} bytes, too short for an IDX header.</source>
        <translation>{path}: nur {n_data} Bytes, zu kurz für einen IDX-Kopf.</translation>
    </message>
    <message>
        <source>{path}: not an IDX file (magic number 0x{magic:08x}, expected 0x{expected:08x} for {what}).</source>
        <translation>{path}: keine IDX-Datei (magische Zahl 0x{magic:08x}, erwartet 0x{expected:08x} für {what}).</translation>
    </message>
    <message>
        <source>{path}: element type 0x{kind:02x} is not supported (only unsigned bytes, 0x{ubyte:02x}).</source>
        <translation>{path}: der Elementtyp 0x{kind:02x} wird nicht unterstützt (nur vorzeichenlose Bytes, 0x{ubyte:02x}).</translation>
    </message>
    <message>
        <source>{path}: has {dims} dimension(s) but {what} need {ndim} (magic 0x{magic:08x}, expected 0x{expected:08x}).</source>
        <translation>{path}: hat {dims} Dimension(en), {what} brauchen aber {ndim} (magische Zahl 0x{magic:08x}, erwartet 0x{expected:08x}).</translation>
    </message>
    <message>
        <source>{path}: the {header}-byte header is cut short at {n_data} bytes.</source>
        <translation>{path}: der {header}-Byte-Kopf bricht nach {n_data} Bytes ab.</translation>
    </message>
    <message>
        <source>{path}: header says images of {rows}×{cols}, which is empty.</source>
        <translation>{path}: der Kopf nennt Bilder von {rows}×{cols}, also leere.</translation>
    </message>
    <message>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>{images_path} holds {n_images} images but {labels_path} holds {n_labels} labels.</source>
        <translation>{images_path} enthält {n_images} Bilder, {labels_path} aber {n_labels} Labels.</translation>
    </message>
    <message>
        <source>{images_path}: holds no images.</source>
        <translation>{images_path}: enthält keine Bilder.</translation>
    </message>
    <message>
        <source>{labels_path}: label {label} at index {index} is outside 0–{top} ({size} such labels).</source>
        <translation>{labels_path}: das Label {label} an Index {index} liegt außerhalb von 0–{top} ({size} solche Labels).</translation>
    </message>
    <message>
        <source>test images</source>
        <translation>Testbilder</translation>
    </message>
    <message>
        <source>test labels</source>
        <translation>Test-Labels</translation>
    </message>
    <message>
        <source>class-names file</source>
        <translation>Klassennamen-Datei</translation>
    </message>
    <message>
        <source>{path}: a class-names file of more than {mb} MB; nnviz takes at most {max_classes} short names, one per line.</source>
        <translation>{path}: eine Klassennamen-Datei von mehr als {mb} MB; nnviz nimmt höchstens {max_classes} kurze Namen, einen pro Zeile.</translation>
    </message>
    <message>
        <source>{path}: cannot read the class names ({e}).</source>
        <translation>{path}: die Klassennamen können nicht gelesen werden ({e}).</translation>
    </message>
    <message>
        <source>{path}: the class-names file is empty.</source>
        <translation>{path}: die Klassennamen-Datei ist leer.</translation>
    </message>
    <message>
        <source>{path}: label {text} in the mapping is larger than {max_label}.</source>
        <translation>{path}: das Label {text} in der Zuordnung ist größer als {max_label}.</translation>
    </message>
    <message>
        <source>{path}: {text} in the mapping is not a Unicode character code.</source>
        <translation>{path}: {text} in der Zuordnung ist kein Unicode-Zeichencode.</translation>
    </message>
    <message>
        <source>{images}: test images are {rows}×{cols}; nnviz needs square images.</source>
        <translation>{images}: die Testbilder sind {rows}×{cols}; nnviz braucht quadratische Bilder.</translation>
    </message>
    <message>
        <source>{images}: training images are {rows}×{cols}; nnviz needs square images.</source>
        <translation>{images}: die Trainingsbilder sind {rows}×{cols}; nnviz braucht quadratische Bilder.</translation>
    </message>
    <message>
        <source>a test set needs both its images and its labels file.</source>
        <translation>eine Testmenge braucht ihre Bilder- und ihre Label-Datei.</translation>
    </message>
    <message>
        <source>{test_images}: test images are {test_rows}×{test_cols} but training images are {train_rows}×{train_cols}.</source>
        <translation>{test_images}: die Testbilder sind {test_rows}×{test_cols}, die Trainingsbilder aber {train_rows}×{train_cols}.</translation>
    </message>
    <message>
        <source>images were transposed (EMNIST stores them column by column)</source>
        <translation>die Bilder wurden transponiert (EMNIST speichert sie spaltenweise)</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({e}).</source>
        <translation>{path}: kann nicht gelesen werden ({e}).</translation>
    </message>
    <message>
        <source>{p}: not an IDX images or labels file (magic 0x{magic:08x}).</source>
        <translation>{p}: keine IDX-Bilder- oder -Label-Datei (magische Zahl 0x{magic:08x}).</translation>
    </message>
    <message>
        <source>both {name} and {name2} look like the {kind} file.</source>
        <translation>sowohl {name} als auch {name2} sehen wie die Datei der {kind} aus.</translation>
    </message>
    <message>
        <source>choose at least an IDX images file and its labels file.</source>
        <translation>wählen Sie mindestens eine IDX-Bilderdatei und ihre Label-Datei.</translation>
    </message>
    <message>
        <source>imported {n:,} images in {classes} classes from {kind} {source} ({train:,} training, {test:,} test); skipped {skipped:,} item(s)</source>
        <translation>{n:,} Bilder in {classes} Klassen aus {kind} {source} importiert ({train:,} Training, {test:,} Test); {skipped:,} Element(e) übersprungen</translation>
    </message>
    <message>
        <source>imported {n:,} images in {classes} classes from {kind} {source} ({train:,} training, {test:,} test)</source>
        <translation>{n:,} Bilder in {classes} Klassen aus {kind} {source} importiert ({train:,} Training, {test:,} Test)</translation>
    </message>
    <message>
        <source>the test fraction must lie between 0 and 1; got {fraction:g}.</source>
        <translation>der Testanteil muss zwischen 0 und 1 liegen; erhalten: {fraction:g}.</translation>
    </message>
    <message>
        <source>the class-names file has {n_names} names but the labels take {n_values} values (up to {largest}).</source>
        <translation>die Klassennamen-Datei hat {n_names} Namen, die Labels nehmen aber {n_values} Werte an (bis {largest}).</translation>
    </message>
    <message>
        <source> The first problem: {where}: {reason}</source>
        <translation> Das erste Problem: {where}: {reason}</translation>
    </message>
    <message>
        <source>{origin}: no usable images ({n_skipped} item(s) skipped).{first}</source>
        <translation>{origin}: keine verwendbaren Bilder ({n_skipped} Element(e) übersprungen).{first}</translation>
    </message>
    <message>
        <source>{origin}: the labels take {n_values:,} different values; nnviz handles at most {max_classes} classes. Is the label column right?</source>
        <translation>{origin}: die Labels nehmen {n_values:,} verschiedene Werte an; nnviz verarbeitet höchstens {max_classes} Klassen. Ist die Label-Spalte richtig?</translation>
    </message>
    <message>
        <source>{origin}: a single image cannot be split into training and test.</source>
        <translation>{origin}: ein einzelnes Bild lässt sich nicht in Training und Test aufteilen.</translation>
    </message>
    <message>
        <source>held back {n:,} images ({fraction:.0%} of each class, seed {seed}) as the test set</source>
        <translation>{n:,} Bilder ({fraction:.0%} jeder Klasse, Startwert {seed}) als Testmenge zurückbehalten</translation>
    </message>
    <message>
        <source>the data folder</source>
        <translation>der Datenordner</translation>
    </message>
    <message>
        <source>{chosen_by} {folder} is not a folder.</source>
        <translation>{chosen_by} {folder} ist kein Ordner.</translation>
    </message>
    <message>
        <source>{chosen_by} {folder} lacks {missing} (as .gz or uncompressed).</source>
        <translation>{chosen_by} {folder}: es fehlt {missing} (als .gz oder unkomprimiert).</translation>
    </message>
    <message>
        <source>{variable} folder</source>
        <translation>der Ordner aus {variable}</translation>
    </message>
    <message>
        <source>{folder}: training images are {train_rows}×{train_cols} but test images are {test_rows}×{test_cols}.</source>
        <translation>{folder}: die Trainingsbilder sind {train_rows}×{train_cols}, die Testbilder aber {test_rows}×{test_cols}.</translation>
    </message>
    <message>
        <source>MNIST was not found (looked in {folder}); pass --data DIR or set {data_env} to a folder holding the four IDX files, run `nnviz download`, or use --dataset synthetic.</source>
        <translation>MNIST wurde nicht gefunden (gesucht in {folder}); geben Sie --data DIR an oder setzen Sie {data_env} auf einen Ordner mit den vier IDX-Dateien, führen Sie `nnviz download` aus oder verwenden Sie --dataset synthetic.</translation>
    </message>
    <message>
        <source>Fashion-MNIST was not found in {fashion_system_dir} or {folder}; install the Debian package dataset-fashion-mnist or pass --data DIR.</source>
        <translation>Fashion-MNIST wurde weder in {fashion_system_dir} noch in {folder} gefunden; installieren Sie das Debian-Paket dataset-fashion-mnist oder geben Sie --data DIR an.</translation>
    </message>
    <message>
        <source>unknown dataset {name!r}; choose one of {datasets}.</source>
        <translation>unbekannter Datensatz {name!r}; wählen Sie einen von {datasets}.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>{target} is not a regular file; it was not replaced.</source>
        <translation>{target} ist keine gewöhnliche Datei; sie wurde nicht ersetzt.</translation>
    </message>
    <message>
        <source>{target} is read-only; it was not replaced.</source>
        <translation>{target} ist schreibgeschützt; die Datei wurde nicht ersetzt.</translation>
    </message>
    <message>
        <source>{name}: not readable JSON ({e}).</source>
        <translation>{name}: kein lesbares JSON ({e}).</translation>
    </message>
    <message>
        <source>{name}: not an nnviz network in JSON (no &apos;format&apos; marker).</source>
        <translation>{name}: kein nnviz-Netz in JSON (keine &apos;format&apos;-Markierung).</translation>
    </message>
    <message>
        <source>{name}: incomplete or malformed ({e}).</source>
        <translation>{name}: unvollständig oder fehlerhaft ({e}).</translation>
    </message>
    <message>
        <source>{name}: {e}</source>
        <translation>{name}: {e}</translation>
    </message>
    <message>
        <source>{name}: the arrays do not match the layer sizes {sizes}.</source>
        <translation>{name}: die Arrays passen nicht zu den Schichtgrößen {sizes}.</translation>
    </message>
    <message>
        <source>no such model file</source>
        <translation>diese Modelldatei gibt es nicht</translation>
    </message>
    <message>
        <source>not an nnviz model (an .npz file is a zip archive; this is not)</source>
        <translation>kein nnviz-Modell (eine .npz-Datei ist ein ZIP-Archiv, diese nicht)</translation>
    </message>
    <message>
        <source>{name}: {missing}.</source>
        <translation>{name}: {missing}.</translation>
    </message>
    <message>
        <source>{name}: not a regular file (a folder, device or pipe).</source>
        <translation>{name}: keine gewöhnliche Datei (ein Ordner, Gerät oder eine Pipe).</translation>
    </message>
    <message>
        <source>{name}: {not_zip}.</source>
        <translation>{name}: {not_zip}.</translation>
    </message>
    <message>
        <source>{name}: damaged .npz archive ({error}: {e}).</source>
        <translation>{name}: beschädigtes .npz-Archiv ({error}: {e}).</translation>
    </message>
    <message>
        <source>{name}: holds {n_members:,} arrays; an nnviz file has at most {max_members}, so it is damaged or not nnviz&apos;s.</source>
        <translation>{name}: enthält {n_members:,} Arrays; eine nnviz-Datei hat höchstens {max_members}, sie ist also beschädigt oder nicht von nnviz.</translation>
    </message>
    <message>
        <source>{name}: {filename} is compressed with a method nnviz does not write (zip method {compress_type}).</source>
        <translation>{name}: {filename} ist mit einem Verfahren komprimiert, das nnviz nicht schreibt (ZIP-Methode {compress_type}).</translation>
    </message>
    <message>
        <source>{name}: {member} has a damaged array header ({error}).</source>
        <translation>{name}: {member} hat einen beschädigten Array-Kopf ({error}).</translation>
    </message>
    <message>
        <source>{name}: contains pickled Python objects, which nnviz refuses to load because unpickling can run code.</source>
        <translation>{name}: enthält gepickelte Python-Objekte, die nnviz nicht lädt, weil das Entpickeln Code ausführen kann.</translation>
    </message>
    <message>
        <source>{name}: {member} holds {count:,} values; nnviz opens files with at most {most:,} there.</source>
        <translation>{name}: {member} enthält {count:,} Werte; nnviz öffnet Dateien mit höchstens {most:,} dort.</translation>
    </message>
    <message>
        <source>{name}: {member} announces shape {shape} ({dtype}), more than the {mb} MiB nnviz reads from one file; the file is damaged or not nnviz&apos;s.</source>
        <translation>{name}: {member} kündigt die Form {shape} ({dtype}) an, mehr als die {mb} MiB, die nnviz aus einer Datei liest; die Datei ist beschädigt oder nicht von nnviz.</translation>
    </message>
    <message>
        <source>{name}: {member} announces shape {shape} ({dtype}) but holds fewer bytes of data; the file is damaged.</source>
        <translation>{name}: {member} kündigt die Form {shape} ({dtype}) an, enthält aber weniger Datenbytes; die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>{name}: {member} announces shape {shape} ({dtype}) but holds more bytes of data; the file is damaged.</source>
        <translation>{name}: {member} kündigt die Form {shape} ({dtype}) an, enthält aber mehr Datenbytes; die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>{name}: {key} holds text that is not valid Unicode.</source>
        <translation>{name}: {key} enthält Text, der kein gültiges Unicode ist.</translation>
    </message>
    <message>
        <source>{name}: an .npz file, but not an nnviz model (no &apos;format&apos; marker).</source>
        <translation>{name}: eine .npz-Datei, aber kein nnviz-Modell (keine &apos;format&apos;-Markierung).</translation>
    </message>
    <message>
        <source>{name}: missing {missing}.</source>
        <translation>{name}: es fehlt {missing}.</translation>
    </message>
    <message>
        <source>{name}: &apos;sizes&apos; must be a list of whole numbers.</source>
        <translation>{name}: &apos;sizes&apos; muss eine Liste ganzer Zahlen sein.</translation>
    </message>
    <message>
        <source>{name}: missing array {key} for layer {layer}.</source>
        <translation>{name}: das Array {key} für Schicht {layer} fehlt.</translation>
    </message>
    <message>
        <source>{name}: {key} has shape {shape} ({dtype}), expected {expected} floats for layers {sizes}.</source>
        <translation>{name}: {key} hat die Form {shape} ({dtype}), erwartet wurden {expected} Gleitkommazahlen für die Schichten {sizes}.</translation>
    </message>
    <message>
        <source>{name}: {key} contains NaN or infinite values.</source>
        <translation>{name}: {key} enthält NaN oder unendliche Werte.</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>not an nnviz run (a run is an .npz zip archive; this is not)</source>
        <translation>kein nnviz-Lauf (ein Lauf ist ein .npz-ZIP-Archiv, dies nicht)</translation>
    </message>
    <message>
        <source>a saved model, not a run (open it with Load model)</source>
        <translation>ein gespeichertes Modell, kein Lauf (öffnen Sie es mit Modell laden)</translation>
    </message>
    <message>
        <source>not an nnviz run (no &apos;format&apos; marker)</source>
        <translation>kein nnviz-Lauf (keine &apos;format&apos;-Markierung)</translation>
    </message>
    <message>
        <source>{name}: {what}.</source>
        <translation>{name}: {what}.</translation>
    </message>
    <message>
        <source>{name}: &apos;metrics&apos; has shape {shape} ({dtype}), expected (moments, {n_metrics}) numbers with at least one moment.</source>
        <translation>{name}: &apos;metrics&apos; hat die Form {shape} ({dtype}), erwartet wurden (Zeitpunkte, {n_metrics}) Zahlen mit mindestens einem Zeitpunkt.</translation>
    </message>
    <message>
        <source>{name}: the recorded steps are not in increasing order.</source>
        <translation>{name}: die aufgezeichneten Schritte sind nicht aufsteigend geordnet.</translation>
    </message>
    <message>
        <source>{name}: &apos;epochs&apos; or &apos;costs&apos; has the wrong shape or type.</source>
        <translation>{name}: &apos;epochs&apos; oder &apos;costs&apos; hat die falsche Form oder den falschen Typ.</translation>
    </message>
    <message>
        <source>{name}: holds {n_costs:,} mini-batch costs and {n_epochs:,} epochs; nnviz opens runs of at most {max_costs:,} costs and {max_epochs:,} epochs.</source>
        <translation>{name}: enthält {n_costs:,} Mini-Batch-Kosten und {n_epochs:,} Epochen; nnviz öffnet Läufe mit höchstens {max_costs:,} Kosten und {max_epochs:,} Epochen.</translation>
    </message>
    <message>
        <source>{name}: &apos;{key}&apos; holds a step or epoch count that is not a whole number from 0 to 2^53.</source>
        <translation>{name}: &apos;{key}&apos; enthält eine Schritt- oder Epochenzahl, die keine ganze Zahl von 0 bis 2^53 ist.</translation>
    </message>
    <message>
        <source>{name}: &apos;{key}&apos; must be a single number from {lo:g} to {hi:g}; it holds {dtype} {shape}.</source>
        <translation>{name}: &apos;{key}&apos; muss eine einzelne Zahl von {lo:g} bis {hi:g} sein; es enthält {dtype} {shape}.</translation>
    </message>
    <message>
        <source>must be one of {options}</source>
        <translation>muss eines von {options} sein</translation>
    </message>
    <message>
        <source>must be a whole number from {lo:g} to {hi:g}</source>
        <translation>muss eine ganze Zahl von {lo:g} bis {hi:g} sein</translation>
    </message>
    <message>
        <source>must be a number from {lo:g} to {hi:g}</source>
        <translation>muss eine Zahl von {lo:g} bis {hi:g} sein</translation>
    </message>
    <message>
        <source>must be from {lo:g} to {hi:g}</source>
        <translation>muss zwischen {lo:g} und {hi:g} liegen</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a list of whole numbers such as [784, 16, 16, 10]</source>
        <translation>muss eine Liste ganzer Zahlen wie [784, 16, 16, 10] sein</translation>
    </message>
    <message>
        <source>must be a list of view names such as [&quot;pointmap&quot;]</source>
        <translation>muss eine Liste von Ansichtsnamen wie [&quot;pointmap&quot;] sein</translation>
    </message>
    <message>
        <source>must be a name such as &quot;lesson-3&quot;, or null</source>
        <translation>muss ein Name wie &quot;lesson-3&quot; oder null sein</translation>
    </message>
    <message>
        <source>must be one of {presets}, or null</source>
        <translation>muss eines von {presets} oder null sein</translation>
    </message>
    <message>
        <source>this setup</source>
        <translation>diese Konfiguration</translation>
    </message>
    <message>
        <source>this is not an nnviz setup: the file holds no JSON object.</source>
        <translation>das ist keine nnviz-Konfiguration: die Datei enthält kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>this is not an nnviz setup: its &quot;format&quot; is not &quot;{format}&quot;.</source>
        <translation>das ist keine nnviz-Konfiguration: ihr &quot;format&quot; ist nicht &quot;{format}&quot;.</translation>
    </message>
    <message>
        <source>this nnviz setup has no valid &quot;version&quot;.</source>
        <translation>diese nnviz-Konfiguration hat keine gültige &quot;version&quot;.</translation>
    </message>
    <message>
        <source>this setup was written by a newer nnviz (setup version {version}; this one reads up to {newest}): update nnviz to open it.</source>
        <translation>diese Konfiguration stammt von einem neueren nnviz (Konfigurationsversion {version}; dieses liest bis {newest}): aktualisieren Sie nnviz, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>{field} is not a setup field</source>
        <translation>{field} ist kein Feld einer Konfiguration</translation>
    </message>
    <message>
        <source>{field} must be an object</source>
        <translation>{field} muss ein Objekt sein</translation>
    </message>
    <message>
        <source>{field} names {views}, which this nnviz does not have</source>
        <translation>{field} nennt {views}, die dieses nnviz nicht hat</translation>
    </message>
    <message>
        <source>{field} {lesson} is not a lesson this nnviz has</source>
        <translation>{field} {lesson} ist keine Lektion dieses nnviz</translation>
    </message>
    <message>
        <source>{what} cannot be used: {problems}.</source>
        <translation>{what} kann man nicht verwenden: {problems}.</translation>
    </message>
    <message>
        <source>{field} {problem} (got {value})</source>
        <translation>{field} {problem} (erhalten: {value})</translation>
    </message>
    <message>
        <source>this setup is not valid JSON ({e}).</source>
        <translation>diese Konfiguration ist kein gültiges JSON ({e}).</translation>
    </message>
    <message>
        <source>cannot read the setup {path}: {reason}.</source>
        <translation>die Konfiguration {path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>{path} is too large to be an nnviz setup.</source>
        <translation>{path} ist zu groß für eine nnviz-Konfiguration.</translation>
    </message>
    <message>
        <source>{path} is not a text file, so not an nnviz setup.</source>
        <translation>{path} ist keine Textdatei und damit keine nnviz-Konfiguration.</translation>
    </message>
    <message>
        <source>{path}: {e}</source>
        <translation>{path}: {e}</translation>
    </message>
    <message>
        <source>there is no preset called {preset!r}; the presets are {presets}.</source>
        <translation>es gibt keine Vorgabe namens {preset!r}; die Vorgaben sind {presets}.</translation>
    </message>
    <message>
        <source>these options</source>
        <translation>diese Optionen</translation>
    </message>
    <message>
        <source>video export needs imageio-ffmpeg: {install_hint}</source>
        <translation>der Videoexport braucht imageio-ffmpeg: {install_hint}</translation>
    </message>
    <message>
        <source>unknown damage {kind!r}; choose one of {kinds}.</source>
        <translation>unbekannte Störung {kind!r}; wählen Sie eine von {kinds}.</translation>
    </message>
    <message>
        <source>the network</source>
        <translation>das Netz</translation>
    </message>
    <message>
        <source>{what} takes {inputs} inputs but these images have {pixels} pixels.</source>
        <translation>{what} hat {inputs} Eingänge, diese Bilder haben aber {pixels} Pixel.</translation>
    </message>
    <message>
        <source>{what} has {outputs} outputs but the data has {classes} classes.</source>
        <translation>{what} hat {outputs} Ausgänge, die Daten haben aber {classes} Klassen.</translation>
    </message>
    <message>
        <source>layer {layer} is not a hidden layer of a {n_layers}-layer network.</source>
        <translation>Schicht {layer} ist keine verborgene Schicht eines Netzes mit {n_layers} Schichten.</translation>
    </message>
    <message>
        <source>the current network</source>
        <translation>das aktuelle Netz</translation>
    </message>
    <message>
        <source>the other network</source>
        <translation>das andere Netz</translation>
    </message>
    <message>
        <source>no batch size fits a training set of {n_x} examples.</source>
        <translation>keine Batch-Größe passt zu einer Trainingsmenge von {n_x} Beispielen.</translation>
    </message>
    <message>
        <source>the SGD batch size must be from 1 to {n_xs}; got {batch_size}.</source>
        <translation>die SGD-Batch-Größe muss zwischen 1 und {n_xs} liegen; erhalten: {batch_size}.</translation>
    </message>
    <message>
        <source>full-batch gradient descent</source>
        <translation>Gradientenabstieg mit voller Batch</translation>
    </message>
    <message>
        <source>SGD, batches of {b}</source>
        <translation>SGD, Mini-Batches zu {b}</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>layer {l} neuron {i}: {parts}</source>
        <translation>Schicht {l}, Neuron {i}: {parts}</translation>
    </message>
    <message>
        <source>output temperature T = {t:.2f}</source>
        <translation>Ausgabetemperatur T = {t:.2f}</translation>
    </message>
    <message>
        <source>noise σ = {sigma:.2f} on every weight</source>
        <translation>Rauschen σ = {sigma:.2f} auf jedem Gewicht</translation>
    </message>
    <message>
        <source>pruned the {p:.0f} % smallest |w| in each layer</source>
        <translation>die {p:.0f} % kleinsten |w| jeder Schicht ausgedünnt</translation>
    </message>
    <message>
        <source>pruned the {p:.0f} % smallest |w| of all weights</source>
        <translation>die {p:.0f} % kleinsten |w| aller Gewichte ausgedünnt</translation>
    </message>
    <message>
        <source>the network {sizes} has no neuron {i} in layer {l}.</source>
        <translation>das Netz {sizes} hat kein Neuron {i} in Schicht {l}.</translation>
    </message>
    <message>
        <source>the temperature must be above 0.</source>
        <translation>die Temperatur muss über 0 liegen.</translation>
    </message>
    <message>
        <source>noise must be ≥ 0 and pruning between 0 and 100 %.</source>
        <translation>das Rauschen muss ≥ 0 sein und das Ausdünnen zwischen 0 und 100 % liegen.</translation>
    </message>
    <message>
        <source>pruning scope must be one of {scopes}.</source>
        <translation>der Bereich des Ausdünnens muss einer von {scopes} sein.</translation>
    </message>
    <message>
        <source>unknown initialisation {init!r}; choose one of {inits}.</source>
        <translation>unbekannte Initialisierung {init!r}; wählen Sie eine von {inits}.</translation>
    </message>
    <message>
        <source>enter the layer sizes, e.g. 784,16,16,10.</source>
        <translation>geben Sie die Schichtgrößen ein, z. B. 784,16,16,10.</translation>
    </message>
    <message>
        <source>layer sizes must be whole numbers separated by commas, like 784,16,16,10; got {shown!r}.</source>
        <translation>Schichtgrößen müssen durch Kommas getrennte ganze Zahlen sein, etwa 784,16,16,10; erhalten: {shown!r}.</translation>
    </message>
    <message>
        <source>a network needs at least an input and an output layer, e.g. 784,16,16,10.</source>
        <translation>ein Netz braucht mindestens eine Eingabe- und eine Ausgabeschicht, z. B. 784,16,16,10.</translation>
    </message>
    <message>
        <source>a network may have at most {max_layers} layers; got {n_sizes}.</source>
        <translation>ein Netz darf höchstens {max_layers} Schichten haben; erhalten: {n_sizes}.</translation>
    </message>
    <message>
        <source>every layer needs at least one neuron; got {sizes}.</source>
        <translation>jede Schicht braucht mindestens ein Neuron; erhalten: {sizes}.</translation>
    </message>
    <message>
        <source>a layer may have at most {max_neurons:,} neurons; got {n:,}.</source>
        <translation>eine Schicht darf höchstens {max_neurons:,} Neuronen haben; erhalten: {n:,}.</translation>
    </message>
    <message>
        <source>layers {sizes} need {total:,} parameters; nnviz builds networks of at most {max_parameters:,} ({mb} MB as float32).</source>
        <translation>die Schichten {sizes} brauchen {total:,} Parameter; nnviz baut Netze mit höchstens {max_parameters:,} ({mb} MB als float32).</translation>
    </message>
    <message>
        <source>the seed must be a whole number from 0 to {max_seed:,}; got {seed}.</source>
        <translation>der Startwert muss eine ganze Zahl von 0 bis {max_seed:,} sein; erhalten: {seed}.</translation>
    </message>
    <message>
        <source>unknown activation {activation!r}; choose sigmoid, relu or tanh.</source>
        <translation>unbekannte Aktivierung {activation!r}; wählen Sie sigmoid, relu oder tanh.</translation>
    </message>
    <message>
        <source>unknown output layer {output!r}; choose sigmoid or softmax.</source>
        <translation>unbekannte Ausgabeschicht {output!r}; wählen Sie sigmoid oder softmax.</translation>
    </message>
    <message>
        <source>unknown cost {cost!r}; choose quadratic or cross-entropy.</source>
        <translation>unbekannte Kostenfunktion {cost!r}; wählen Sie quadratic oder cross-entropy.</translation>
    </message>
    <message>
        <source>image values must lie in 0–255 or 0–1</source>
        <translation>die Bildwerte müssen in 0–255 oder 0–1 liegen</translation>
    </message>
    <message>
        <source>image has no ink, so its centre of mass is undefined</source>
        <translation>das Bild hat keine Tinte, sein Schwerpunkt ist also nicht definiert</translation>
    </message>
    <message>
        <source>the learning rate must be a positive number; got {lr}.</source>
        <translation>die Lernrate η muss eine positive Zahl sein; erhalten: {lr}.</translation>
    </message>
    <message>
        <source>the batch size must be a whole number from 1 to {n} (the training set&apos;s size); got {batch_size}.</source>
        <translation>die Mini-Batch-Größe muss eine ganze Zahl von 1 bis {n} (der Größe der Trainingsmenge) sein; erhalten: {batch_size}.</translation>
    </message>
    <message>
        <source>momentum must be in [0, 1); got {momentum}.</source>
        <translation>das Momentum muss in [0, 1) liegen; erhalten: {momentum}.</translation>
    </message>
    <message>
        <source>dropout must be a probability in [0, 1); got {dropout}.</source>
        <translation>Dropout muss eine Wahrscheinlichkeit in [0, 1) sein; erhalten: {dropout}.</translation>
    </message>
    <message>
        <source>L2 regularisation must be zero or positive; got {l2}.</source>
        <translation>die L2-Regularisierung muss null oder positiv sein; erhalten: {l2}.</translation>
    </message>
    <message>
        <source>unknown schedule {schedule!r}; choose {schedules}.</source>
        <translation>unbekannter Lernratenplan {schedule!r}; wählen Sie {schedules}.</translation>
    </message>
    <message>
        <source>the network takes {inputs} inputs but the images have {pixels} pixels.</source>
        <translation>das Netz hat {inputs} Eingänge, die Bilder haben aber {pixels} Pixel.</translation>
    </message>
    <message>
        <source>the data has {classes} classes but the network has {outputs} outputs.</source>
        <translation>die Daten haben {classes} Klassen, das Netz aber {outputs} Ausgänge.</translation>
    </message>
    <message>
        <source>the cost became {c} at epoch {epoch}, mini-batch {batch} (learning rate {lr:g}): the steps overshoot. The parameters from before the blow-up were kept; try a smaller learning rate.</source>
        <translation>die Kosten wurden {c} in Epoche {epoch}, Mini-Batch {batch} (Lernrate η {lr:g}): die Schritte schießen über das Ziel hinaus. Die Parameter von vor dem Ausreißer wurden behalten; versuchen Sie eine kleinere Lernrate.</translation>
    </message>
    <message>
        <source>the parameters became infinite or NaN at epoch {epoch}, mini-batch {batch} (learning rate {lr:g}): the steps overshoot. The parameters from before the blow-up were kept; try a smaller learning rate.</source>
        <translation>die Parameter wurden unendlich oder NaN in Epoche {epoch}, Mini-Batch {batch} (Lernrate η {lr:g}): die Schritte schießen über das Ziel hinaus. Die Parameter von vor dem Ausreißer wurden behalten; versuchen Sie eine kleinere Lernrate.</translation>
    </message>
    <message>
        <source>t-SNE could not be loaded ({e}); reinstall it: {hint}</source>
        <translation>t-SNE konnte nicht geladen werden ({e}); installieren Sie es neu: {hint}</translation>
    </message>
    <message>
        <source>{name}: not an image Qt can read (PNG, JPEG, BMP, GIF…).</source>
        <translation>{name}: kein Bild, das Qt lesen kann (PNG, JPEG, BMP, GIF …).</translation>
    </message>
    <message>
        <source>{name}: an image of {w:,}×{h:,} pixels; nnviz reads pictures of at most {side:,} pixels a side and {megapixels} megapixels.</source>
        <translation>{name}: ein Bild von {w:,}×{h:,} Pixeln; nnviz liest Bilder mit höchstens {side:,} Pixeln Kantenlänge und {megapixels} Megapixeln.</translation>
    </message>
    <message>
        <source>{name}: not an image Qt can read ({reason}).</source>
        <translation>{name}: kein Bild, das Qt lesen kann ({reason}).</translation>
    </message>
    <message>
        <source>{name}: no such image file.</source>
        <translation>{name}: diese Bilddatei gibt es nicht.</translation>
    </message>
    <message>
        <source>{name}: is a folder, not an image file.</source>
        <translation>{name}: ist ein Ordner, keine Bilddatei.</translation>
    </message>
    <message>
        <source>{name}: is a device, pipe or socket, not an image file.</source>
        <translation>{name}: ist ein Gerät, eine Pipe oder ein Socket, keine Bilddatei.</translation>
    </message>
    <message>
        <source>{name}: {mb:,.0f} MB, more than the {limit} MB nnviz reads for one picture.</source>
        <translation>{name}: {mb:,.0f} MB, mehr als die {limit} MB, die nnviz für ein Bild liest.</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({reason}).</source>
        <translation>{name}: kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>cannot create the folder {folder} ({reason}).</source>
        <translation>der Ordner {folder} kann nicht angelegt werden ({reason}).</translation>
    </message>
    <message>
        <source>could not write {path} ({reason}).</source>
        <translation>{path} konnte nicht geschrieben werden ({reason}).</translation>
    </message>
</context>
<context>
    <name>EvaluationPanel</name>
    <message>
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Rows: the true digit. Columns: the network&apos;s answer. Click a cell to see its images.</source>
        <translation>Zeilen: die wahre Ziffer. Spalten: die Antwort des Netzes. Klicken Sie auf eine Zelle, um ihre Bilder zu sehen.</translation>
    </message>
    <message>
        <source>Click a cell of the matrix to see its test images.</source>
        <translation>Klicken Sie auf eine Zelle der Matrix, um ihre Testbilder zu sehen.</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>Konfusion</translation>
    </message>
    <message>
        <source>No mistakes on the test set.</source>
        <translation>Keine Fehler auf der Testmenge.</translation>
    </message>
    <message>
        <source>Confident mistakes</source>
        <translation>Sichere Fehler</translation>
    </message>
    <message>
        <source>Hidden neurons</source>
        <translation>Verborgene Neuronen</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Vergleich läuft</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Which hidden layer</source>
        <translation>Welche verborgene Schicht</translation>
    </message>
    <message>
        <source>Which neuron of that layer (numbered from 0, top to bottom in the diagram)</source>
        <translation>Welches Neuron dieser Schicht (ab 0 gezählt, im Diagramm von oben nach unten)</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>neuron</source>
        <translation>Neuron</translation>
    </message>
    <message>
        <source>The test images that activate this neuron most appear here.</source>
        <translation>Die Testbilder, die dieses Neuron am stärksten aktivieren, erscheinen hier.</translation>
    </message>
    <message>
        <source>The network takes {inputs} inputs but the {name} images have {pixels} pixels.</source>
        <translation>Das Netz nimmt {inputs} Eingaben, aber die Bilder von {name} haben {pixels} Pixel.</translation>
    </message>
    <message>
        <source>Evaluation needs a dataset: load MNIST (or the synthetic digits) from the Training panel, and the test set is scored here.</source>
        <translation>Die Auswertung braucht einen Datensatz: Laden Sie MNIST (oder die synthetischen Ziffern) im Trainingsbereich, dann wird hier die Testmenge bewertet.</translation>
    </message>
    <message>
        <source>Scoring the test set</source>
        <translation>Testmenge wird bewertet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test accuracy {accuracy:.2f} %&lt;/b&gt; ({right:,} of {n:,} right, after {step:,} mini-batches)</source>
        <translation>&lt;b&gt;Testgenauigkeit {accuracy:.2f} %&lt;/b&gt; ({right:,} von {n:,} richtig, nach {step:,} Mini-Batches)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test accuracy {accuracy:.2f} %&lt;/b&gt; ({right:,} of {n:,} right)</source>
        <translation>&lt;b&gt;Testgenauigkeit {accuracy:.2f} %&lt;/b&gt; ({right:,} von {n:,} richtig)</translation>
    </message>
    <message>
        <source>{layer} ({n} neurons)</source>
        <translation>{layer} ({n} Neuronen)</translation>
    </message>
    <message>
        <source>Rows: the true class. Columns: the network&apos;s answer. Click a cell to see its images.</source>
        <translation>Zeilen: die wahre Klasse. Spalten: die Antwort des Netzes. Klicken Sie auf eine Zelle, um ihre Bilder zu sehen.</translation>
    </message>
    <message>
        <source>test image {i:,}: true {true}, answered {answer}
outputs: {outputs}</source>
        <translation>Testbild {i:,}: wahr {true}, geantwortet {answer}
Ausgaben: {outputs}</translation>
    </message>
    <message>
        <source>No test image of {true} was answered {predicted}.</source>
        <translation>Kein Testbild von {true} wurde als {predicted} beantwortet.</translation>
    </message>
    <message>
        <source>test image {i:,} (answered {answer})</source>
        <translation>Testbild {i:,} (geantwortet {answer})</translation>
    </message>
    <message>
        <source>test image {i:,}</source>
        <translation>Testbild {i:,}</translation>
    </message>
</context>
<context>
    <name>ExportsController</name>
    <message>
        <source>Export replay as GIF</source>
        <translation>Wiedergabe als GIF exportieren</translation>
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
        <source>An animated GIF of this view over the recorded run</source>
        <translation>Ein animiertes GIF dieser Ansicht über den aufgezeichneten Lauf</translation>
    </message>
    <message>
        <source>Export model as JSON…</source>
        <translation>Modell als JSON exportieren…</translation>
    </message>
    <message>
        <source>Layer sizes, activation and every array as plain lists</source>
        <translation>Schichtgrößen, Aktivierung und jedes Array als einfache Listen</translation>
    </message>
    <message>
        <source>Export model as ONNX…</source>
        <translation>Modell als ONNX exportieren…</translation>
    </message>
    <message>
        <source>Opens in model viewers (Netron) and runs in ONNX runtimes</source>
        <translation>Öffnet sich in Modellbetrachtern (Netron) und läuft in ONNX-Laufzeiten</translation>
    </message>
    <message>
        <source>Export model as {kind}</source>
        <translation>Modell als {kind} exportieren</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported the model as {kind} to {path}</source>
        <translation>Modell als {kind} nach {path} exportiert</translation>
    </message>
    <message>
        <source>Nothing to animate</source>
        <translation type="vanished">Nichts zu animieren</translation>
    </message>
    <message>
        <source>Train for a while first (or open a run): the animation shows the recorded moments.</source>
        <translation>Trainieren Sie erst eine Weile (oder öffnen Sie einen Lauf): Die Animation zeigt die aufgezeichneten Momente.</translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation>GIF-Animation (*.gif)</translation>
    </message>
    <message>
        <source>Rendering the animation…</source>
        <translation>Animation wird erstellt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Abbrechen</translation>
    </message>
    <message>
        <source>Saved {n} frames to {path}</source>
        <translation type="vanished">{n} Bilder in {path} gespeichert</translation>
    </message>
</context>
<context>
    <name>GlobalKnobs</name>
    <message>
        <source>Whole network</source>
        <translation>Ganzes Netz</translation>
    </message>
    <message>
        <source>Output temperature T: the output layer computes σ(z/T). Above 1 the answers become less sure (outputs move towards the middle), below 1 more extreme. The order of the outputs never changes, so neither does the accuracy: watch the cost instead.</source>
        <translation>Ausgabetemperatur T: Die Ausgabeschicht berechnet σ(z/T). Über 1 werden die Antworten unsicherer (die Ausgaben rücken zur Mitte), unter 1 extremer. Die Reihenfolge der Ausgaben ändert sich nie, also auch nicht die Genauigkeit: Beobachten Sie stattdessen die Kosten.</translation>
    </message>
    <message>
        <source>Adds Gaussian noise of standard deviation σ to every weight (the same random pattern each time, scaled by σ). Expect accuracy to hold for small σ and then collapse: how robust is what the network learnt?</source>
        <translation>Addiert Gaußsches Rauschen mit Standardabweichung σ zu jedem Gewicht (jedes Mal dasselbe Zufallsmuster, mit σ skaliert). Die Genauigkeit hält bei kleinem σ und bricht dann ein: Wie robust ist, was das Netz gelernt hat?</translation>
    </message>
    <message>
        <source>Sets the given percentage of the smallest weights (by |w|) to exactly 0. Many weights barely matter: expect accuracy to survive surprisingly heavy pruning.</source>
        <translation>Setzt den angegebenen Prozentsatz der kleinsten Gewichte (nach |w|) auf genau 0. Viele Gewichte spielen kaum eine Rolle: Die Genauigkeit übersteht überraschend starkes Ausdünnen.</translation>
    </message>
    <message>
        <source>in each layer</source>
        <translation>in jeder Schicht</translation>
    </message>
    <message>
        <source>over all layers</source>
        <translation>über alle Schichten</translation>
    </message>
    <message>
        <source>Prune the same fraction of every weight matrix, or rank all weights of the network together (then the big first layer loses most).</source>
        <translation>Denselben Anteil jeder Gewichtsmatrix ausdünnen oder alle Gewichte des Netzes gemeinsam ordnen (dann verliert die große erste Schicht am meisten).</translation>
    </message>
    <message>
        <source>Temperature T</source>
        <translation>Temperatur T</translation>
    </message>
    <message>
        <source>Weight noise σ</source>
        <translation>Gewichtsrauschen σ</translation>
    </message>
    <message>
        <source>Prune smallest</source>
        <translation>Kleinste ausdünnen</translation>
    </message>
</context>
<context>
    <name>GradientPanel</name>
    <message>
        <source>mini-batch gradients: {what}</source>
        <translation>Mini-Batch-Gradienten: {what}</translation>
    </message>
    <message>
        <source>racing: {what}</source>
        <translation>Wettlauf: {what}</translation>
    </message>
    <message>
        <source>Mini-batch vs full gradient</source>
        <translation>Mini-Batch- vs. voller Gradient</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messen</translation>
    </message>
    <message>
        <source>Measure on the current parameters (F8)</source>
        <translation>Auf den aktuellen Parametern messen (F8)</translation>
    </message>
    <message>
        <source>Learning rate η for both racers</source>
        <translation>Lernrate η für beide Läufer</translation>
    </message>
    <message>
        <source>Mini-batch size of the SGD racer</source>
        <translation>Mini-Batch-Größe des SGD-Läufers</translation>
    </message>
    <message>
        <source>SGD batch </source>
        <translation>SGD-Batch </translation>
    </message>
    <message>
        <source>Time each racer may spend stepping</source>
        <translation>Zeit, die jeder Läufer mit Schritten verbringen darf</translation>
    </message>
    <message>
        <source> s each</source>
        <translation> s je Läufer</translation>
    </message>
    <message>
        <source>Measure compares mini-batch gradients with the full gradient, then races SGD against full-batch descent.</source>
        <translation>Messen vergleicht Mini-Batch-Gradienten mit dem vollen Gradienten und lässt dann SGD gegen den Gradientenabstieg mit vollem Batch laufen.</translation>
    </message>
    <message>
        <source>This view</source>
        <translation>Diese Ansicht</translation>
    </message>
    <message>
        <source>Measuring gradients</source>
        <translation>Gradienten werden gemessen</translation>
    </message>
    <message>
        <source>Angle between a mini-batch gradient and ∇C: </source>
        <translation>Winkel zwischen einem Mini-Batch-Gradienten und ∇C: </translation>
    </message>
    <message>
        <source>After {step:,} mini-batches:</source>
        <translation>Nach {step:,} Mini-Batches:</translation>
    </message>
    <message>
        <source>‖∇C‖ over all {n:,} training images = {norm:.3g}.</source>
        <translation>‖∇C‖ über alle {n:,} Trainingsbilder = {norm:.3g}.</translation>
    </message>
    <message>
        <source>Race over {seconds:g} s: SGD reached {sgd:.4g}, full batch {gd:.4g}</source>
        <translation>Wettlauf über {seconds:g} s: SGD erreichte {sgd:.4g}, voller Batch {gd:.4g}</translation>
    </message>
    <message>
        <source>(SGD diverged: try a smaller η)</source>
        <translation>(SGD divergierte: kleineres η versuchen)</translation>
    </message>
</context>
<context>
    <name>GradientTiles</name>
    <message>
        <source>No gradient yet.</source>
        <translation>Noch kein Gradient.</translation>
    </message>
    <message>
        <source>The first layer&apos;s {n} inputs do not form a square image.</source>
        <translation>Die {n} Eingänge der ersten Schicht ergeben kein quadratisches Bild.</translation>
    </message>
    <message>
        <source>the {shown} most sensitive of {n} neurons</source>
        <translation>die {shown} empfindlichsten von {n} Neuronen</translation>
    </message>
    <message>
        <source>blue: raise w to lower C</source>
        <translation>blau: w erhöhen senkt C</translation>
    </message>
    <message>
        <source>  orange: lower w</source>
        <translation>  orange: w senken</translation>
    </message>
    <message>
        <source>  (saturates at |∂C/∂w| = %1)</source>
        <translation>  (gesättigt bei |∂C/∂w| = %1)</translation>
    </message>
</context>
<context>
    <name>GradientView</name>
    <message>
        <source>how far a mini-batch gradient is from ∇C (dashed: ∝ 1/√b)</source>
        <translation>wie weit ein Mini-Batch-Gradient von ∇C entfernt ist (gestrichelt: ∝ 1/√b)</translation>
    </message>
    <message>
        <source>batch size b</source>
        <translation>Batch-Größe b</translation>
    </message>
    <message>
        <source>same time, two ways downhill</source>
        <translation>gleiche Zeit, zwei Wege bergab</translation>
    </message>
    <message>
        <source>seconds of stepping</source>
        <translation>Sekunden mit Schritten</translation>
    </message>
    <message>
        <source>cost on the sample</source>
        <translation>Kosten auf der Stichprobe</translation>
    </message>
    <message>
        <source>{name}: {steps:,} steps</source>
        <translation>{name}: {steps:,} Schritte</translation>
    </message>
    <message>
        <source>full batch of {n:,}: {steps:,} steps</source>
        <translation>voller Batch aus {n:,}: {steps:,} Schritte</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>Show me</source>
        <translation>Zeig es mir</translation>
    </message>
    <message>
        <source>Put the app in the state this step talks about</source>
        <translation>Die App in den Zustand bringen, von dem dieser Schritt spricht</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lesson {n}&lt;/b&gt; · {title}</source>
        <translation>&lt;b&gt;Lektion {n}&lt;/b&gt; · {title}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{i}/{n} · {title}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{i}/{n} · {title}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ erledigt</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>offen</translation>
    </message>
</context>
<context>
    <name>HelpPopup</name>
    <message>
        <source>What am I looking at?</source>
        <translation>Was sehe ich hier?</translation>
    </message>
    <message>
        <source>What am I looking at? (F1)</source>
        <translation>Was sehe ich hier? (F1)</translation>
    </message>
    <message>
        <source>Explain, in plain words, the view that has the focus</source>
        <translation>Die Ansicht mit dem Fokus in einfachen Worten erklären</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>Netzdiagramm</translation>
    </message>
    <message>
        <source>Pick any view to read about it.</source>
        <translation>Wählen Sie eine Ansicht, um darüber zu lesen.</translation>
    </message>
</context>
<context>
    <name>HelpTexts</name>
    <message>
        <source>The network itself, drawn like the lesson&apos;s figure. On the left the input image (784 pixels); then one column of neurons per layer. Each neuron&apos;s brightness is its activation a, between 0 (black) and 1 (white). A neuron computes a weighted sum of the previous layer, z = w·a + b — the weights w are the lines (blue positive, orange negative, only the strongest are drawn) and b is its bias — and squashes it with the sigmoid, a = σ(z). The brightest output neuron is the network&apos;s answer. Hover a neuron for its numbers; click one to inspect it (first layer: its weights as a picture; the Lab lets you edit it).</source>
        <translation>Das Netz selbst, gezeichnet wie die Abbildung der Lektion. Links das Eingabebild (784 Pixel); dann eine Spalte Neuronen pro Schicht. Die Helligkeit jedes Neurons ist seine Aktivierung a, zwischen 0 (schwarz) und 1 (weiß). Ein Neuron berechnet eine gewichtete Summe der vorigen Schicht, z = w·a + b — die Gewichte w sind die Linien (blau positiv, orange negativ, nur die stärksten sind gezeichnet) und b ist sein Bias — und staucht sie mit der Sigmoidfunktion, a = σ(z). Das hellste Ausgabeneuron ist die Antwort des Netzes. Fahren Sie mit der Maus über ein Neuron, um seine Zahlen zu sehen; klicken Sie eines an, um es zu untersuchen (erste Schicht: seine Gewichte als Bild; im Labor können Sie es bearbeiten).</translation>
    </message>
    <message>
        <source>How training is going. The cost C measures how wrong the network is: for every image, the squared differences between its ten outputs and the right answer, averaged. Each faint point is the cost of one mini-batch — the handful of examples behind one gradient step — so it is noisy; the smooth line is a moving average of it that starts at the first cost. Once per epoch (a pass over all training images) the cost on the training and test sets and the test accuracy (right axis, always 0–100 %) are added. Going down means gradient descent is working; tick &apos;first epoch&apos; to see the fast start up close.</source>
        <translation>Wie das Training läuft. Die Kosten C messen, wie falsch das Netz liegt: für jedes Bild die quadrierten Differenzen zwischen seinen zehn Ausgaben und der richtigen Antwort, gemittelt. Jeder blasse Punkt sind die Kosten eines Mini-Batches — der Handvoll Beispiele hinter einem Gradientenschritt —, daher rauschen sie; die glatte Linie ist ihr gleitender Mittelwert, der bei den ersten Kosten beginnt. Einmal pro Epoche (ein Durchgang durch alle Trainingsbilder) kommen die Kosten auf Trainings- und Testdaten und die Testgenauigkeit (rechte Achse, immer 0–100 %) hinzu. Fallen sie, funktioniert der Gradientenabstieg; setzen Sie das Häkchen bei „erste Epoche“, um den schnellen Anfang aus der Nähe zu sehen.</translation>
    </message>
    <message>
        <source>Each small picture is one first-hidden-layer neuron&apos;s 784 incoming weights, laid out like the image: blue pixels push its weighted sum up when they are lit, orange push it down, and pixels in the background colour do not matter. This is what that neuron &apos;looks for&apos;. Watch them change from random noise into strokes and blobs as the gradient nudges every weight; &apos;change since init&apos; shows only what training has added.</source>
        <translation>Jedes kleine Bild sind die 784 eingehenden Gewichte eines Neurons der ersten verborgenen Schicht, angeordnet wie das Bild: Blaue Pixel heben seine gewichtete Summe, wenn sie leuchten, orange senken sie, und Pixel in der Hintergrundfarbe spielen keine Rolle. Das ist es, wonach dieses Neuron „sucht“. Sehen Sie zu, wie aus zufälligem Rauschen Striche und Flecken werden, während der Gradient jedes Gewicht anstößt; „Änderung seit Start“ zeigt nur, was das Training hinzugefügt hat.</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse. It is scaled and centred into 28×28 pixels the way MNIST digits were (the small picture shows exactly what the network receives), then sent through the network: the bars are the ten output activations, and the diagram shows every neuron&apos;s response to your drawing.</source>
        <translation>Zeichnen Sie mit der Maus eine Ziffer. Sie wird auf 28×28 Pixel skaliert und zentriert, so wie die MNIST-Ziffern (das kleine Bild zeigt genau, was das Netz erhält), und dann durch das Netz geschickt: Die Balken sind die zehn Ausgabeaktivierungen, und das Diagramm zeigt die Antwort jedes Neurons auf Ihre Zeichnung.</translation>
    </message>
    <message>
        <source>Everything about the training run. The network: how many neurons per layer, the activation (sigmoid as in the lessons), the cost. Training: the learning rate η (how big each gradient step is), the mini-batch size (how many examples are averaged per step) and the number of epochs. Hover any control for what it does; Reset builds a fresh network with random weights and biases.</source>
        <translation>Alles rund um den Trainingslauf. Das Netz: wie viele Neuronen pro Schicht, die Aktivierung (Sigmoid wie in den Lektionen), die Kostenfunktion. Training: die Lernrate η (wie groß jeder Gradientenschritt ist), die Mini-Batch-Größe (wie viele Beispiele pro Schritt gemittelt werden) und die Zahl der Epochen. Fahren Sie mit der Maus über ein Bedienelement, um zu sehen, was es tut; Zurücksetzen baut ein frisches Netz mit zufälligen Gewichten und Biases.</translation>
    </message>
    <message>
        <source>Operate on the trained network and see what each cut costs. Pick a neuron (or click it in the diagram): you see its weighted sum z, its bias b and its activation a = σ(z) for the input in the diagram, and its incoming weights. Shift its bias, scale its weights or switch it off; or act on the whole network: the output temperature (σ(z/T): surer or less sure answers), noise on every weight, pruning of the smallest weights. The accuracy on 1,000 test images updates at once, the full test set a moment later. Many neurons can be removed with little loss — knowledge is spread out. Nothing changes in the window until you press &apos;Use this network&apos;.</source>
        <translation>Operieren Sie am trainierten Netz und sehen Sie, was jeder Schnitt kostet. Wählen Sie ein Neuron (oder klicken Sie es im Diagramm an): Sie sehen seine gewichtete Summe z, seinen Bias b und seine Aktivierung a = σ(z) für die Eingabe im Diagramm sowie seine eingehenden Gewichte. Verschieben Sie seinen Bias, skalieren Sie seine Gewichte oder schalten Sie es ab; oder wirken Sie auf das ganze Netz: die Ausgabetemperatur (σ(z/T): sicherere oder unsicherere Antworten), Rauschen auf jedem Gewicht, Beschneiden der kleinsten Gewichte. Die Genauigkeit auf 1.000 Testbildern aktualisiert sich sofort, der ganze Testdatensatz einen Moment später. Viele Neuronen lassen sich mit wenig Verlust entfernen — das Wissen ist verteilt. Im Fenster ändert sich nichts, bis Sie „Dieses Netz verwenden“ drücken.</translation>
    </message>
    <message>
        <source>Every dot is one test image; its colour is the digit it really is. Each small plot places the images by one layer&apos;s values — the 784 pixels, then each layer&apos;s activations — flattened to 2-D along the two directions in which they vary most (principal component analysis; the % says how much of the variation those two directions show). In the pixels the digits overlap; a trained network pulls them apart layer by layer until the output can separate them. Hover a dot for its image and the network&apos;s answer; click to show it in the diagram. (Only PCA: nnviz ships no t-SNE or UMAP library.)</source>
        <translation type="vanished">Jeder Punkt ist ein Testbild; seine Farbe ist die Ziffer, die es wirklich ist. Jedes kleine Diagramm ordnet die Bilder nach den Werten einer Schicht — erst die 784 Pixel, dann die Aktivierungen jeder Schicht —, auf 2-D abgeflacht entlang der zwei Richtungen, in denen sie am stärksten variieren (Hauptkomponentenanalyse; die % sagen, wie viel der Variation diese zwei Richtungen zeigen). In den Pixeln überlappen sich die Ziffern; ein trainiertes Netz zieht sie Schicht für Schicht auseinander, bis die Ausgabe sie trennen kann. Fahren Sie über einen Punkt, um sein Bild und die Antwort des Netzes zu sehen; klicken Sie, um es im Diagramm zu zeigen. (Nur PCA: nnviz liefert keine t-SNE- oder UMAP-Bibliothek mit.)</translation>
    </message>
    <message>
        <source>Every dot is one test image; its colour is the digit it really is. Each small plot places the images by one layer&apos;s values — the 784 pixels, then each layer&apos;s activations — flattened to 2-D along the two directions in which they vary most (principal component analysis; the % says how much of the variation those two directions show). In the pixels the digits overlap; a trained network pulls them apart layer by layer until the output can separate them. Hover a dot for its image and the network&apos;s answer; click to show it in the diagram. Instead of PCA the map can use t-SNE, which keeps each image&apos;s nearest neighbours together: clusters show more clearly, but distances between them mean less, and there is no %. t-SNE takes seconds per layer and needs the optional extra: pip install &quot;nnviz[tsne]&quot;.</source>
        <translation>Jeder Punkt ist ein Testbild; seine Farbe ist die Ziffer, die es wirklich ist. Jedes kleine Diagramm ordnet die Bilder nach den Werten einer Schicht — erst die 784 Pixel, dann die Aktivierungen jeder Schicht —, auf 2-D abgeflacht entlang der zwei Richtungen, in denen sie am stärksten variieren (Hauptkomponentenanalyse; die % sagen, wie viel der Variation diese zwei Richtungen zeigen). In den Pixeln überlappen sich die Ziffern; ein trainiertes Netz zieht sie Schicht für Schicht auseinander, bis die Ausgabe sie trennen kann. Fahren Sie über einen Punkt, um sein Bild und die Antwort des Netzes zu sehen; klicken Sie, um es im Diagramm zu zeigen. Statt PCA kann die Karte t-SNE verwenden, das die nächsten Nachbarn jedes Bildes beisammenhält: Gruppen treten deutlicher hervor, aber Abstände zwischen ihnen bedeuten weniger, und es gibt keine %. t-SNE braucht Sekunden pro Schicht und die optionale Erweiterung: pip install &quot;nnviz[tsne]&quot;.</translation>
    </message>
    <message>
        <source>Backpropagation for one example, the way the lesson tells it. For the image in the diagram and the digit it should be, each output neuron wants to be nudged towards 1 or 0. It can get there three ways: change its bias, change its weights (most for the brightest previous neurons), or change the previous layer&apos;s activations. Adding up what every output wants from the layer before gives that layer&apos;s wishes, and so on backwards: that is the gradient of the cost for this one example.</source>
        <translation>Backpropagation für ein Beispiel, so wie die Lektion sie erzählt. Für das Bild im Diagramm und die Ziffer, die es sein sollte, will jedes Ausgabeneuron Richtung 1 oder 0 angestoßen werden. Es kann auf drei Wegen dorthin kommen: seinen Bias ändern, seine Gewichte ändern (am meisten die zu den hellsten vorigen Neuronen) oder die Aktivierungen der vorigen Schicht ändern. Addiert man, was jede Ausgabe von der Schicht davor will, ergeben sich die Wünsche dieser Schicht, und so weiter rückwärts: Das ist der Gradient der Kosten für dieses eine Beispiel.</translation>
    </message>
    <message>
        <source>Which weights matter right now: the size of each component of the gradient of the cost, averaged over a sample of training examples. A large value means a small change of that weight or bias changes the cost a lot. The first layer is shown as pictures, one per neuron; the table ranks the most and least influential parameters.</source>
        <translation>Welche Gewichte gerade zählen: die Größe jeder Komponente des Gradienten der Kosten, gemittelt über eine Stichprobe von Trainingsbeispielen. Ein großer Wert heißt, dass eine kleine Änderung dieses Gewichts oder Bias die Kosten stark ändert. Die erste Schicht wird als Bilder gezeigt, eines pro Neuron; die Tabelle ordnet die einflussreichsten und die unwichtigsten Parameter.</translation>
    </message>
    <message>
        <source>The chain rule on the lesson&apos;s toy network: one neuron per layer. Move the sliders for the weight w, the bias b, the previous activation and the desired output y, and watch z = w·a + b, a = σ(z) and the cost C₀ = (a − y)² follow. The slope ∂C₀/∂w is the product of three small derivatives along the chain; the plot shows C₀ against w with that slope as a tangent. Backpropagation does this for every weight at once.</source>
        <translation>Die Kettenregel am Spielzeugnetz der Lektion: ein Neuron pro Schicht. Bewegen Sie die Regler für das Gewicht w, den Bias b, die vorige Aktivierung und die gewünschte Ausgabe y, und sehen Sie, wie z = w·a + b, a = σ(z) und die Kosten C₀ = (a − y)² folgen. Die Steigung ∂C₀/∂w ist das Produkt dreier kleiner Ableitungen entlang der Kette; das Diagramm zeigt C₀ über w mit dieser Steigung als Tangente. Backpropagation tut das für alle Gewichte auf einmal.</translation>
    </message>
    <message>
        <source>Why train on mini-batches? The gradient of the cost over all 60,000 training images is exact but slow; a mini-batch&apos;s gradient is a cheap, noisy estimate of it. This panel measures how close the estimate is for batches of 1, 10, 100 and 1,000 images (1 = same direction), and races stochastic gradient descent against full-batch gradient descent for the same time: many rough steps usually beat a few exact ones.</source>
        <translation>Warum mit Mini-Batches trainieren? Der Gradient der Kosten über alle 60.000 Trainingsbilder ist exakt, aber langsam; der Gradient eines Mini-Batches ist eine billige, verrauschte Schätzung davon. Dieses Panel misst, wie nah die Schätzung für Batches aus 1, 10, 100 und 1.000 Bildern liegt (1 = gleiche Richtung), und lässt stochastischen Gradientenabstieg gegen Gradientenabstieg über den ganzen Datensatz gleich lange gegeneinander antreten: Viele grobe Schritte schlagen meist wenige exakte.</translation>
    </message>
    <message>
        <source>The cost as a landscape around the network as it is now. The network has thousands of weights and biases, so the picture is a slice: the cost along two directions in weight space, dark valleys low. The line is the path training took; gradient descent rolls downhill, a step of size η along −∇C per mini-batch.</source>
        <translation>Die Kosten als Landschaft rund um das Netz, wie es jetzt ist. Das Netz hat Tausende Gewichte und Biases, also ist das Bild ein Schnitt: die Kosten entlang zweier Richtungen im Gewichtsraum, dunkle Täler niedrig. Die Linie ist der Weg, den das Training genommen hat; der Gradientenabstieg rollt bergab, ein Schritt der Größe η entlang −∇C pro Mini-Batch.</translation>
    </message>
    <message>
        <source>How good the network is, and where it fails: the test accuracy; the confusion matrix (row = the true digit, column = the answer, so everything off the diagonal is a mistake — click a cell for its images); the mistakes it makes most confidently; and the test images each hidden neuron responds to most.</source>
        <translation>Wie gut das Netz ist und wo es versagt: die Testgenauigkeit; die Konfusionsmatrix (Zeile = die wahre Ziffer, Spalte = die Antwort, also ist alles außerhalb der Diagonale ein Fehler — klicken Sie auf eine Zelle für ihre Bilder); die Fehler, die es am sichersten macht; und die Testbilder, auf die jedes verborgene Neuron am stärksten anspricht.</translation>
    </message>
    <message>
        <source>The images the network learns from: samples of each class, how many there are of each, the average image of each digit, the spread of pixel values, and what data augmentation does to them. Click an image to send it through the network.</source>
        <translation>Die Bilder, aus denen das Netz lernt: Beispiele jeder Klasse, wie viele es von jeder gibt, das Durchschnittsbild jeder Ziffer, die Verteilung der Pixelwerte und was die Datenaugmentierung mit ihnen macht. Klicken Sie auf ein Bild, um es durch das Netz zu schicken.</translation>
    </message>
    <message>
        <source>How the network copes with damaged images: noise, rotation, thicker or thinner strokes, shifts. The curve is the test accuracy at each level of damage. On the right: if the network only answers when its largest output is high enough, how many images does it answer, and how often is it right then?</source>
        <translation>Wie das Netz mit beschädigten Bildern zurechtkommt: Rauschen, Drehung, dickere oder dünnere Striche, Verschiebungen. Die Kurve ist die Testgenauigkeit bei jeder Stärke der Beschädigung. Rechts: Wenn das Netz nur antwortet, wenn seine größte Ausgabe hoch genug ist, wie viele Bilder beantwortet es, und wie oft liegt es dann richtig?</translation>
    </message>
    <message>
        <source>A recording of the training run. Drag the slider back in time to see the weights, the diagram and the cost as they were after that many mini-batches; &apos;Live&apos; returns to the present.</source>
        <translation>Eine Aufzeichnung des Trainingslaufs. Ziehen Sie den Regler zurück in der Zeit, um die Gewichte, das Diagramm und die Kosten so zu sehen, wie sie nach so vielen Mini-Batches waren; „Live“ kehrt in die Gegenwart zurück.</translation>
    </message>
    <message>
        <source>Train on your own images: import a CSV file, a folder of images (one sub-folder per class) or IDX files. The panel shows what arrived and what was skipped, and why, before you train on it.</source>
        <translation>Trainieren Sie mit Ihren eigenen Bildern: Importieren Sie eine CSV-Datei, einen Ordner mit Bildern (ein Unterordner pro Klasse) oder IDX-Dateien. Das Panel zeigt, was angekommen ist und was übersprungen wurde und warum, bevor Sie damit trainieren.</translation>
    </message>
    <message>
        <source>The input in the diagram through each first-layer neuron&apos;s eyes: its weights, the products weight × pixel that its weighted sum adds up, and then z = Σ w·x + b and a = σ(z) — exactly the activation the diagram shows for that neuron.</source>
        <translation>Die Eingabe im Diagramm durch die Augen jedes Neurons der ersten Schicht: seine Gewichte, die Produkte Gewicht × Pixel, die seine gewichtete Summe addiert, und dann z = Σ w·x + b und a = σ(z) — genau die Aktivierung, die das Diagramm für dieses Neuron zeigt.</translation>
    </message>
    <message>
        <source>Draw one of the classes with the mouse. It is scaled and centred into 28×28 pixels (the small picture shows exactly what the network receives), then sent through the network: the bars are the output activations, one per class, and the diagram shows every neuron&apos;s response to your drawing.</source>
        <translation>Zeichnen Sie mit der Maus eine der Klassen. Die Zeichnung wird auf 28×28 Pixel skaliert und zentriert (das kleine Bild zeigt genau, was das Netz erhält) und dann durch das Netz geschickt: Die Balken sind die Ausgabeaktivierungen, eine pro Klasse, und das Diagramm zeigt die Antwort jedes Neurons auf Ihre Zeichnung.</translation>
    </message>
    <message>
        <source>Every dot is one test image; its colour is the class it really belongs to. Each small plot places the images by one layer&apos;s values — the 784 pixels, then each layer&apos;s activations — flattened to 2-D along the two directions in which they vary most (principal component analysis; the % says how much of the variation those two directions show). In the pixels the classes overlap; a trained network pulls them apart layer by layer until the output can separate them. Hover a dot for its image and the network&apos;s answer; click to show it in the diagram. Instead of PCA the map can use t-SNE, which keeps each image&apos;s nearest neighbours together: clusters show more clearly, but distances between them mean less, and there is no %. t-SNE takes seconds per layer and needs the optional extra: pip install &quot;nnviz[tsne]&quot;.</source>
        <translation>Jeder Punkt ist ein Testbild; seine Farbe ist die Klasse, zu der es wirklich gehört. Jedes kleine Diagramm ordnet die Bilder nach den Werten einer Schicht — erst die 784 Pixel, dann die Aktivierungen jeder Schicht —, auf 2-D abgeflacht entlang der zwei Richtungen, in denen sie am stärksten variieren (Hauptkomponentenanalyse; die % sagen, wie viel der Variation diese zwei Richtungen zeigen). In den Pixeln überlappen sich die Klassen; ein trainiertes Netz zieht sie Schicht für Schicht auseinander, bis die Ausgabe sie trennen kann. Fahren Sie über einen Punkt, um sein Bild und die Antwort des Netzes zu sehen; klicken Sie, um es im Diagramm zu zeigen. Statt PCA kann die Karte t-SNE verwenden, das die nächsten Nachbarn jedes Bildes beisammenhält: Gruppen treten deutlicher hervor, aber Abstände zwischen ihnen bedeuten weniger, und es gibt keine %. t-SNE braucht Sekunden pro Schicht und die optionale Erweiterung: pip install &quot;nnviz[tsne]&quot;.</translation>
    </message>
    <message>
        <source>Backpropagation for one example, the way the lesson tells it. For the image in the diagram and the class it should be, each output neuron wants to be nudged towards 1 or 0. It can get there three ways: change its bias, change its weights (most for the brightest previous neurons), or change the previous layer&apos;s activations. Adding up what every output wants from the layer before gives that layer&apos;s wishes, and so on backwards: that is the gradient of the cost for this one example.</source>
        <translation>Backpropagation für ein Beispiel, so wie die Lektion sie erzählt. Für das Bild im Diagramm und die Klasse, die es sein sollte, will jedes Ausgabeneuron Richtung 1 oder 0 angestoßen werden. Es kann auf drei Wegen dorthin kommen: seinen Bias ändern, seine Gewichte ändern (am meisten die zu den hellsten vorigen Neuronen) oder die Aktivierungen der vorigen Schicht ändern. Addiert man, was jede Ausgabe von der Schicht davor will, ergeben sich die Wünsche dieser Schicht, und so weiter rückwärts: Das ist der Gradient der Kosten für dieses eine Beispiel.</translation>
    </message>
    <message>
        <source>How good the network is, and where it fails: the test accuracy; the confusion matrix (row = the true class, column = the answer, so everything off the diagonal is a mistake — click a cell for its images); the mistakes it makes most confidently; and the test images each hidden neuron responds to most.</source>
        <translation>Wie gut das Netz ist und wo es versagt: die Testgenauigkeit; die Konfusionsmatrix (Zeile = die wahre Klasse, Spalte = die Antwort, also ist alles außerhalb der Diagonale ein Fehler — klicken Sie auf eine Zelle für ihre Bilder); die Fehler, die es am sichersten macht; und die Testbilder, auf die jedes verborgene Neuron am stärksten anspricht.</translation>
    </message>
    <message>
        <source>The images the network learns from: samples of each class, how many there are of each, the average image of each class, the spread of pixel values, and what data augmentation does to them. Click an image to send it through the network.</source>
        <translation>Die Bilder, aus denen das Netz lernt: Beispiele jeder Klasse, wie viele es von jeder gibt, das Durchschnittsbild jeder Klasse, die Verteilung der Pixelwerte und was die Datenaugmentierung mit ihnen macht. Klicken Sie auf ein Bild, um es durch das Netz zu schicken.</translation>
    </message>
    <message>
        <source>Colours, in every view: blue = positive, orange = negative, the background colour = zero (weights, gradients, nudges, contributions); a neuron&apos;s brightness is its activation, black = 0, white = 1.</source>
        <translation>Farben, in jeder Ansicht: blau = positiv, orange = negativ, die Hintergrundfarbe = null (Gewichte, Gradienten, Anstöße, Beiträge); die Helligkeit eines Neurons ist seine Aktivierung, schwarz = 0, weiß = 1.</translation>
    </message>
    <message>
        <source>No help has been written for this view yet.</source>
        <translation>Für diese Ansicht gibt es noch keine Hilfe.</translation>
    </message>
</context>
<context>
    <name>ImportData</name>
    <message>
        <source>your own data (instead of --dataset)</source>
        <translation>Ihre eigenen Daten (statt --dataset)</translation>
    </message>
    <message>
        <source>CSV with a label column then the pixels (label,pixel0,…,pixel783)</source>
        <translation>CSV mit einer Label-Spalte und dann den Pixeln (label,pixel0,…,pixel783)</translation>
    </message>
    <message>
        <source>folder with one sub-folder of PNG/JPEG/BMP images per class</source>
        <translation>Ordner mit einem Unterordner von PNG/JPEG/BMP-Bildern je Klasse</translation>
    </message>
    <message>
        <source>an IDX images file and its labels file (EMNIST, KMNIST …)</source>
        <translation>eine IDX-Bilddatei und ihre Label-Datei (EMNIST, KMNIST …)</translation>
    </message>
    <message>
        <source>with --data-csv: a separate test CSV</source>
        <translation>mit --data-csv: eine separate Test-CSV</translation>
    </message>
    <message>
        <source>with --data-idx: a separate test pair</source>
        <translation>mit --data-idx: ein separates Testpaar</translation>
    </message>
    <message>
        <source>class names, one per line (or EMNIST&apos;s mapping file)</source>
        <translation>Klassennamen, einer pro Zeile (oder die Zuordnungsdatei von EMNIST)</translation>
    </message>
    <message>
        <source>share of each class held back for testing when no test set is given (default 0.2; which images, is fixed by --seed)</source>
        <translation>Anteil jeder Klasse, der zum Testen zurückgehalten wird, wenn keine Testmenge angegeben ist (Standard 0.2; welche Bilder, legt --seed fest)</translation>
    </message>
    <message>
        <source>use either --dataset or --data-csv/--data-folder/--data-idx, not both.</source>
        <translation>verwenden Sie entweder --dataset oder --data-csv/--data-folder/--data-idx, nicht beides.</translation>
    </message>
    <message>
        <source>--test-csv goes with --data-csv, and --test-idx with --data-idx.</source>
        <translation>--test-csv gehört zu --data-csv und --test-idx zu --data-idx.</translation>
    </message>
    <message>
        <source>--class-names does not apply to --data-folder: the sub-folder names are the class names.</source>
        <translation>--class-names gilt nicht für --data-folder: Die Namen der Unterordner sind die Klassennamen.</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <source>skipped {where}: {reason}</source>
        <translation>übersprungen {where}: {reason}</translation>
    </message>
    <message>
        <source>… and {n:,} more skipped</source>
        <translation>… und {n:,} weitere übersprungen</translation>
    </message>
    <message>
        <source>import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>CSV file…</source>
        <translation>CSV-Datei…</translation>
    </message>
    <message>
        <source>A CSV with a label column then the pixels (label,pixel0,…,pixel783). Choose a second file to use it as the test set.</source>
        <translation>Eine CSV mit einer Label-Spalte und dann den Pixeln (label,pixel0,…,pixel783). Wählen Sie eine zweite Datei, um sie als Testmenge zu verwenden.</translation>
    </message>
    <message>
        <source>Image folder…</source>
        <translation>Bildordner…</translation>
    </message>
    <message>
        <source>A folder with one sub-folder of PNG/JPEG/BMP pictures per class, e.g. digits/7/*.png</source>
        <translation>Ein Ordner mit einem Unterordner von PNG/JPEG/BMP-Bildern je Klasse, z. B. digits/7/*.png</translation>
    </message>
    <message>
        <source>IDX files…</source>
        <translation>IDX-Dateien…</translation>
    </message>
    <message>
        <source>An IDX images file and its labels (EMNIST, KMNIST…); optionally the test pair and a class-names .txt, all at once</source>
        <translation>Eine IDX-Bilddatei und ihre Labels (EMNIST, KMNIST…); wahlweise das Testpaar und eine .txt mit Klassennamen, alles auf einmal</translation>
    </message>
    <message>
        <source>My digits</source>
        <translation>Meine Ziffern</translation>
    </message>
    <message>
        <source>The drawings you saved from the pad</source>
        <translation>Die Zeichnungen, die Sie von der Zeichenfläche gespeichert haben</translation>
    </message>
    <message>
        <source>Share of each class held back as the test set when the data bring none</source>
        <translation>Anteil jeder Klasse, der als Testmenge zurückgehalten wird, wenn die Daten keine mitbringen</translation>
    </message>
    <message>
        <source>Which images are held back is fixed by this seed: the same seed gives the same split</source>
        <translation>Welche Bilder zurückgehalten werden, legt dieser Startwert fest: derselbe Startwert ergibt dieselbe Aufteilung</translation>
    </message>
    <message>
        <source>Test split</source>
        <translation>Testanteil</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the import; nothing is kept from it.</source>
        <translation>Den Import abbrechen; nichts davon wird behalten.</translation>
    </message>
    <message>
        <source>Bring your own data: import it, look at it, then train on it.</source>
        <translation>Bringen Sie eigene Daten mit: importieren, ansehen, dann darauf trainieren.</translation>
    </message>
    <message>
        <source>Everything that was not imported, and why</source>
        <translation>Alles, was nicht importiert wurde, und warum</translation>
    </message>
    <message>
        <source>Train on this dataset</source>
        <translation>Auf diesem Datensatz trainieren</translation>
    </message>
    <message>
        <source>Make this the training data; the output layer gets one neuron per class</source>
        <translation>Diese Daten zu den Trainingsdaten machen; die Ausgabeschicht bekommt ein Neuron je Klasse</translation>
    </message>
    <message>
        <source>CSV file (and optionally its test CSV)</source>
        <translation>CSV-Datei (und wahlweise ihre Test-CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Folder with one sub-folder per class</source>
        <translation>Ordner mit einem Unterordner je Klasse</translation>
    </message>
    <message>
        <source>IDX images and labels (optionally the test pair and a class-names .txt)</source>
        <translation>IDX-Bilder und -Labels (wahlweise das Testpaar und eine .txt mit Klassennamen)</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Ein Import läuft bereits.</translation>
    </message>
    <message>
        <source>Importing {what}…</source>
        <translation>{what} wird importiert…</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message>
        <source>Could not import: {message}</source>
        <translation>Import nicht möglich: {message}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {n:,} images in {classes} classes, {h}×{w} pixels — {train:,} training, {test:,} test</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: {n:,} Bilder in {classes} Klassen, {h}×{w} Pixel — {train:,} Training, {test:,} Test</translation>
    </message>
    <message>
        <source>Skipped {n:,} item(s) (first {shown:,} listed):</source>
        <translation>{n:,} Element(e) übersprungen (die ersten {shown:,} aufgelistet):</translation>
    </message>
    <message>
        <source>Skipped {n:,} item(s):</source>
        <translation>{n:,} Element(e) übersprungen:</translation>
    </message>
    <message>
        <source>Nothing was skipped.</source>
        <translation>Nichts wurde übersprungen.</translation>
    </message>
    <message>
        <source>Training data: {name} ({classes} classes).</source>
        <translation>Trainingsdaten: {name} ({classes} Klassen).</translation>
    </message>
</context>
<context>
    <name>ImportSummaryView</name>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
</context>
<context>
    <name>InputCaption</name>
    <message>
        <source>your drawing</source>
        <translation>Ihre Zeichnung</translation>
    </message>
    <message>
        <source>training example {i:,}</source>
        <translation>Trainingsbeispiel {i:,}</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Unerwarteter Fehler: {error}</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop this computation (Esc)</source>
        <translation>Diese Berechnung abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
</context>
<context>
    <name>LabPanel</name>
    <message>
        <source>Lab</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>Share of a fixed random sample of 1,000 test images that the network gets right, and its cost C on them, before → after your edits. Updates as you move a slider.</source>
        <translation>Anteil einer festen Zufallsstichprobe von 1.000 Testbildern, den das Netz richtig erkennt, und seine Kosten C darauf, vor → nach Ihren Eingriffen. Aktualisiert sich, während Sie einen Schieberegler bewegen.</translation>
    </message>
    <message>
        <source>The same on every test image, computed in the background a moment later.</source>
        <translation>Dasselbe auf allen Testbildern, einen Moment später im Hintergrund berechnet.</translation>
    </message>
    <message>
        <source>Every edit now applied. Reset edits removes them all.</source>
        <translation>Alle jetzt angewandten Eingriffe. „Eingriffe zurücksetzen“ entfernt sie alle.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Edits</source>
        <translation>Eingriffe</translation>
    </message>
    <message>
        <source>Reset edits</source>
        <translation>Eingriffe zurücksetzen</translation>
    </message>
    <message>
        <source>Undo every edit: back to the network the window is showing.</source>
        <translation>Alle Eingriffe rückgängig machen: zurück zu dem Netz, das das Fenster zeigt.</translation>
    </message>
    <message>
        <source>Use this network</source>
        <translation>Dieses Netz verwenden</translation>
    </message>
    <message>
        <source>Make the edited network the window&apos;s current network (the diagram, the pad and File ▸ Save model then use it).</source>
        <translation>Das bearbeitete Netz zum aktuellen Netz des Fensters machen (das Diagramm, die Zeichenfläche und Datei ▸ Modell speichern verwenden es dann).</translation>
    </message>
    <message>
        <source>Save edited…</source>
        <translation>Bearbeitetes speichern…</translation>
    </message>
    <message>
        <source>Save the edited network as a model file, without changing the window&apos;s network.</source>
        <translation>Das bearbeitete Netz als Modelldatei speichern, ohne das Netz des Fensters zu ändern.</translation>
    </message>
    <message>
        <source>No network yet: train one or load a model.</source>
        <translation>Noch kein Netz: Trainieren Sie eines oder laden Sie ein Modell.</translation>
    </message>
    <message>
        <source>The network changed, so the lab&apos;s edits were dropped.</source>
        <translation>Das Netz hat sich geändert, daher wurden die Eingriffe im Labor verworfen.</translation>
    </message>
    <message>
        <source>The edited network is now the current one; File ▸ Save model saves it.</source>
        <translation>Das bearbeitete Netz ist jetzt das aktuelle; Datei ▸ Modell speichern speichert es.</translation>
    </message>
    <message>
        <source>Save edited network</source>
        <translation>Bearbeitetes Netz speichern</translation>
    </message>
    <message>
        <source>nnviz model (*.npz)</source>
        <translation>nnviz-Modell (*.npz)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Saved the edited network to {path}</source>
        <translation>Bearbeitetes Netz gespeichert unter {path}</translation>
    </message>
    <message>
        <source>no edits: the original network</source>
        <translation>keine Eingriffe: das ursprüngliche Netz</translation>
    </message>
    <message>
        <source>Load a dataset to measure accuracy.</source>
        <translation>Laden Sie einen Datensatz, um die Genauigkeit zu messen.</translation>
    </message>
    <message>
        <source>Accuracy on {n:,} test images: {a0} → &lt;b&gt;{a1}&lt;/b&gt; · cost C {c0:.3f} → &lt;b&gt;{c1:.3f}&lt;/b&gt;</source>
        <translation>Genauigkeit auf {n:,} Testbildern: {a0} → &lt;b&gt;{a1}&lt;/b&gt; · Kosten C {c0:.3f} → &lt;b&gt;{c1:.3f}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All test images: measuring…</source>
        <translation>Alle Testbilder: wird gemessen…</translation>
    </message>
    <message>
        <source>Show an input in the diagram to see the network&apos;s answer.</source>
        <translation>Zeigen Sie eine Eingabe im Diagramm, um die Antwort des Netzes zu sehen.</translation>
    </message>
    <message>
        <source>For the {caption}, true label {label}: the original network says {before}, the edited one says &lt;b&gt;{after}&lt;/b&gt;.</source>
        <translation>Für {caption}, wahres Label {label}: Das ursprüngliche Netz sagt {before}, das bearbeitete sagt &lt;b&gt;{after}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>For the {caption}: the original network says {before}, the edited one says &lt;b&gt;{after}&lt;/b&gt;.</source>
        <translation>Für {caption}: Das ursprüngliche Netz sagt {before}, das bearbeitete sagt &lt;b&gt;{after}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>All {n:,} test images: {before} → &lt;b&gt;{after}&lt;/b&gt;</source>
        <translation>Alle {n:,} Testbilder: {before} → &lt;b&gt;{after}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>LandscapePanel</name>
    <message>
        <source>Path plane (PCA)</source>
        <translation>Ebene des Pfads (PCA)</translation>
    </message>
    <message>
        <source>Random plane</source>
        <translation>Zufällige Ebene</translation>
    </message>
    <message>
        <source>Cost landscape</source>
        <translation>Kostenlandschaft</translation>
    </message>
    <message>
        <source>Training path: the plane in which training actually moved (two principal directions of the recorded parameters). Random: two Gaussian directions, each neuron&apos;s scaled to its own weights.</source>
        <translation>Trainingspfad: die Ebene, in der sich das Training tatsächlich bewegt hat (zwei Hauptrichtungen der aufgezeichneten Parameter). Zufällig: zwei Gaußsche Richtungen, jede pro Neuron auf dessen eigene Gewichte skaliert.</translation>
    </message>
    <message>
        <source>Training examples the cost is measured on</source>
        <translation>Trainingsbeispiele, auf denen die Kosten gemessen werden</translation>
    </message>
    <message>
        <source> examples</source>
        <translation> Beispiele</translation>
    </message>
    <message>
        <source>Grid points per side (the grid is n × n)</source>
        <translation>Gitterpunkte je Seite (das Gitter ist n × n)</translation>
    </message>
    <message>
        <source>grid </source>
        <translation>Gitter </translation>
    </message>
    <message>
        <source>Random directions: how far to go each way, in units of the weights&apos; own size</source>
        <translation>Zufällige Richtungen: wie weit in jede Richtung, in Einheiten der eigenen Größe der Gewichte</translation>
    </message>
    <message>
        <source>Learning rate η of the next step drawn on the slice along −∇C</source>
        <translation>Lernrate η des nächsten Schritts, auf dem Schnitt entlang −∇C gezeichnet</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Berechnen</translation>
    </message>
    <message>
        <source>Slice the cost around the current parameters (F9)</source>
        <translation>Die Kosten um die aktuellen Parameter herum schneiden (F9)</translation>
    </message>
    <message>
        <source>Press Compute to slice the cost around the current parameters.</source>
        <translation>Drücken Sie Berechnen, um die Kosten um die aktuellen Parameter herum zu schneiden.</translation>
    </message>
    <message>
        <source>The landscape</source>
        <translation>Die Landschaft</translation>
    </message>
    <message>
        <source>This network has too many parameters to record its training path, so random directions are shown.</source>
        <translation>Dieses Netz hat zu viele Parameter, um seinen Trainingspfad aufzuzeichnen; daher werden zufällige Richtungen gezeigt.</translation>
    </message>
    <message>
        <source>No training path recorded yet (train a little first), so random directions are shown.</source>
        <translation>Noch kein Trainingspfad aufgezeichnet (erst ein wenig trainieren), daher werden zufällige Richtungen gezeigt.</translation>
    </message>
    <message>
        <source>Slicing the cost</source>
        <translation>Kosten werden geschnitten</translation>
    </message>
    <message>
        <source>α (path direction 1)</source>
        <translation>α (Pfadrichtung 1)</translation>
    </message>
    <message>
        <source>β (path direction 2)</source>
        <translation>β (Pfadrichtung 2)</translation>
    </message>
    <message>
        <source>α (random direction 1)</source>
        <translation>α (Zufallsrichtung 1)</translation>
    </message>
    <message>
        <source>β (random direction 2)</source>
        <translation>β (Zufallsrichtung 2)</translation>
    </message>
    <message>
        <source>Training-path plane ({first:.0f} % + {second:.0f} % of its spread)</source>
        <translation>Ebene des Trainingspfads ({first:.0f} % + {second:.0f} % seiner Streuung)</translation>
    </message>
    <message>
        <source>Plane of two random filter-normalised directions</source>
        <translation>Ebene zweier zufälliger, filter-normierter Richtungen</translation>
    </message>
    <message>
        <source>★ = now, after {step:,} mini-batches</source>
        <translation>★ = jetzt, nach {step:,} Mini-Batches</translation>
    </message>
    <message>
        <source>★ = now</source>
        <translation>★ = jetzt</translation>
    </message>
    <message>
        <source>{grid}×{grid} grid on {n:,} examples: {seconds:.2f} s. Along −∇C the slope is {slope:.3g}; a step of η = {lr:g} goes {step:.3g} and takes C from {C0:.4g} to {C_step:.4g}.</source>
        <translation>{grid}×{grid}-Gitter auf {n:,} Beispielen: {seconds:.2f} s. Entlang −∇C ist die Steigung {slope:.3g}; ein Schritt mit η = {lr:g} geht {step:.3g} weit und bringt C von {C0:.4g} auf {C_step:.4g}.</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <source>cost around θ₀ (log₁₀ C)</source>
        <translation>Kosten um θ₀ (log₁₀ C)</translation>
    </message>
    <message>
        <source>α (direction 1)</source>
        <translation>α (Richtung 1)</translation>
    </message>
    <message>
        <source>β (direction 2)</source>
        <translation>β (Richtung 2)</translation>
    </message>
    <message>
        <source>cost along −∇C</source>
        <translation>Kosten entlang −∇C</translation>
    </message>
    <message>
        <source>distance along −∇C</source>
        <translation>Abstand entlang −∇C</translation>
    </message>
    <message>
        <source>cost C</source>
        <translation>Kosten C</translation>
    </message>
    <message>
        <source>tangent, slope −‖∇C‖</source>
        <translation>Tangente, Steigung −‖∇C‖</translation>
    </message>
    <message>
        <source>after the next step (η‖∇C‖)</source>
        <translation>nach dem nächsten Schritt (η‖∇C‖)</translation>
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
    <name>LessonController</name>
    <message>
        <source>Lesson guide</source>
        <translation>Lektionsführer</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>training example {i:,}</source>
        <translation>Trainingsbeispiel {i:,}</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Watch a neural network learn to read handwritten digits. Without a command, opens the window.</source>
        <translation>Sehen Sie zu, wie ein neuronales Netz handgeschriebene Ziffern lesen lernt. Ohne Befehl öffnet sich das Fenster.</translation>
    </message>
    <message>
        <source>train from the command line</source>
        <translation>auf der Kommandozeile trainieren</translation>
    </message>
    <message>
        <source>classify image files with a model</source>
        <translation>Bilddateien mit einem Modell klassifizieren</translation>
    </message>
    <message>
        <source>download MNIST into the user cache</source>
        <translation>MNIST in den Cache des Benutzers herunterladen</translation>
    </message>
    <message>
        <source>add nnviz to (or remove it from) your application menu</source>
        <translation>nnviz ins Anwendungsmenü eintragen (oder daraus entfernen)</translation>
    </message>
    <message>
        <source>open the window (the default)</source>
        <translation>das Fenster öffnen (Standard)</translation>
    </message>
    <message>
        <source>measure training and GUI speed</source>
        <translation>Trainings- und Oberflächengeschwindigkeit messen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>nnviz — watch a neural network learn to read digits</source>
        <translation>nnviz — sehen Sie einem neuronalen Netz beim Lesenlernen von Ziffern zu</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>First-layer weights</source>
        <translation>Gewichte der ersten Schicht</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>Eine Ziffer zeichnen</translation>
    </message>
    <message>
        <source>Cost and accuracy</source>
        <translation>Kosten und Genauigkeit</translation>
    </message>
    <message>
        <source>Network settings changed: press Reset to build the new network.</source>
        <translation>Netzeinstellungen geändert: Drücken Sie Zurücksetzen, um das neue Netz zu bauen.</translation>
    </message>
    <message>
        <source>Draw a piece of clothing</source>
        <translation>Kleidung zeichnen</translation>
    </message>
    <message>
        <source>nnviz — watch a neural network learn to tell clothes apart</source>
        <translation>nnviz — sehen Sie einem neuronalen Netz beim Lernen zu, Kleidung zu unterscheiden</translation>
    </message>
    <message>
        <source>Draw something</source>
        <translation>Etwas zeichnen</translation>
    </message>
    <message>
        <source>nnviz — watch a neural network learn to tell pictures apart</source>
        <translation>nnviz — sehen Sie einem neuronalen Netz beim Lernen zu, Bilder zu unterscheiden</translation>
    </message>
    <message>
        <source>Nothing drawn yet</source>
        <translation>Noch nichts gezeichnet</translation>
    </message>
    <message>
        <source>No model for 28×28 images yet</source>
        <translation>Noch kein Modell für 28×28-Bilder</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Anordnung zurücksetzen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>F1 — what am I looking at? (explains the view in use)</source>
        <translation>F1 — was sehe ich da? (erklärt die aktive Ansicht)</translation>
    </message>
    <message>
        <source>F5 or Ctrl+Enter — train / pause / resume</source>
        <translation>F5 oder Strg+Eingabe — trainieren / pausieren / fortsetzen</translation>
    </message>
    <message>
        <source>F10 — step one mini-batch</source>
        <translation>F10 — ein Mini-Batch-Schritt</translation>
    </message>
    <message>
        <source>Shift+F10 — step one epoch</source>
        <translation>Umschalt+F10 — eine Epoche</translation>
    </message>
    <message>
        <source>Ctrl+R — reset the network</source>
        <translation>Strg+R — Netz zurücksetzen</translation>
    </message>
    <message>
        <source>F4 — the diagram follows the training examples again</source>
        <translation>F4 — das Diagramm folgt wieder den Trainingsbeispielen</translation>
    </message>
    <message>
        <source>Ctrl+O / Ctrl+S — load / save model</source>
        <translation>Strg+O / Strg+S — Modell laden / speichern</translation>
    </message>
    <message>
        <source>Ctrl+E — export the window as PNG</source>
        <translation>Strg+E — Fenster als PNG exportieren</translation>
    </message>
    <message>
        <source>Ctrl+B (in Backprop) — apply this example&apos;s gradient step</source>
        <translation>Strg+B (in Backprop) — den Gradientenschritt dieses Beispiels anwenden</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S — save the drawing to your own digits</source>
        <translation>Strg+Umschalt+S — die Zeichnung zu Ihren eigenen Ziffern speichern</translation>
    </message>
    <message>
        <source>F6 — show the view in use alone (again: back)</source>
        <translation>F6 — die aktive Ansicht allein zeigen (nochmal: zurück)</translation>
    </message>
    <message>
        <source>F11 — presenting: full screen, larger text</source>
        <translation>F11 — Präsentieren: Vollbild, größere Schrift</translation>
    </message>
    <message>
        <source>Ctrl+= / Ctrl+− / Ctrl+0 — larger, smaller, normal text</source>
        <translation>Strg+= / Strg+− / Strg+0 — größere, kleinere, normale Schrift</translation>
    </message>
    <message>
        <source>Esc (on the pad) — clear the drawing</source>
        <translation>Esc (im Zeichenfeld) — Zeichnung löschen</translation>
    </message>
    <message>
        <source>Ctrl+Z (on the pad) — undo the last stroke</source>
        <translation>Strg+Z (im Zeichenfeld) — letzten Strich rückgängig machen</translation>
    </message>
    <message>
        <source>Ctrl+Q — quit</source>
        <translation>Strg+Q — beenden</translation>
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
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <source>Reading the model…</source>
        <translation type="vanished">Modell wird gelesen…</translation>
    </message>
</context>
<context>
    <name>ModelFilesController</name>
    <message>
        <source>Load model…</source>
        <translation>Modell laden…</translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation>Modell speichern…</translation>
    </message>
    <message>
        <source>Export window as PNG…</source>
        <translation>Fenster als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export view as PNG</source>
        <translation>Ansicht als PNG exportieren</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>pad</source>
        <translation>Zeichenfläche</translation>
    </message>
    <message>
        <source>Load model</source>
        <translation>Modell laden</translation>
    </message>
    <message>
        <source>nnviz model (*.npz)</source>
        <translation>nnviz-Modell (*.npz)</translation>
    </message>
    <message>
        <source>Reading the model…</source>
        <translation>Modell wird gelesen…</translation>
    </message>
    <message>
        <source>{file}: the network takes {inputs} inputs but {data} images have {pixels} pixels; load a model made for these images, or press Reset to build one.</source>
        <translation>{file}: Das Netz nimmt {inputs} Eingaben, aber {data}-Bilder haben {pixels} Pixel; laden Sie ein Modell für diese Bilder oder drücken Sie Zurücksetzen, um eines zu bauen.</translation>
    </message>
    <message>
        <source>Cannot load this autosave</source>
        <translation>Diese automatische Sicherung lässt sich nicht laden</translation>
    </message>
    <message>
        <source>Cannot load this model</source>
        <translation>Dieses Modell lässt sich nicht laden</translation>
    </message>
    <message>
        <source>loaded from {path}</source>
        <translation>geladen aus {path}</translation>
    </message>
    <message>
        <source>Loaded {path}; Train continues training it.</source>
        <translation>{path} geladen; Trainieren setzt sein Training fort.</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>Modell speichern</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>PNG exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write {path}.</source>
        <translation type="vanished">{path} konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>NetworkCaption</name>
    <message>
        <source>pretrained 784-16-16-10 (96.4 % on MNIST)</source>
        <translation>vortrainiert 784-16-16-10 (96,4 % auf MNIST)</translation>
    </message>
    <message>
        <source>pretrained 784-16-16-10 (3b1b-96 preset, 96.4 % on MNIST)</source>
        <translation>vortrainiert 784-16-16-10 (Vorgabe 3b1b-96, 96,4 % auf MNIST)</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>⋮ {n} more</source>
        <translation>⋮ {n} weitere</translation>
    </message>
    <message>
        <source>{side}×{side} input</source>
        <translation>{side}×{side}-Eingabe</translation>
    </message>
    <message>
        <source>input · {n}</source>
        <translation>Eingabe · {n}</translation>
    </message>
    <message>
        <source>hidden {layer} · {n}</source>
        <translation>verborgen {layer} · {n}</translation>
    </message>
    <message>
        <source>output · {n}</source>
        <translation>Ausgabe · {n}</translation>
    </message>
    <message>
        <source>label: {label}</source>
        <translation>Label: {label}</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>+ blue</source>
        <translation>+ blau</translation>
    </message>
    <message>
        <source>− orange   activation  0</source>
        <translation>− orange   Aktivierung  0</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>blau</translation>
    </message>
    <message>
        <source>Esc or click outside to close</source>
        <translation>Esc oder Klick daneben schließt</translation>
    </message>
    <message>
        <source>No network yet — press Train or load a model</source>
        <translation>Noch kein Netz — Trainieren drücken oder Modell laden</translation>
    </message>
    <message>
        <source>Input pixel {index} (row {row}, column {column})</source>
        <translation>Eingabepixel {index} (Zeile {row}, Spalte {column})</translation>
    </message>
    <message>
        <source>Input {index}</source>
        <translation>Eingabe {index}</translation>
    </message>
    <message>
        <source>Output neuron {index} (“{name}”)</source>
        <translation>Ausgabeneuron {index} („{name}“)</translation>
    </message>
    <message>
        <source>Hidden layer {layer}, neuron {index}</source>
        <translation>Verborgene Schicht {layer}, Neuron {index}</translation>
    </message>
    <message>
        <source>(the fill is clamped to 0…1)</source>
        <translation>(die Füllung ist auf 0…1 begrenzt)</translation>
    </message>
    <message>
        <source>Click to see its {n} incoming weights</source>
        <translation>Klicken, um seine {n} eingehenden Gewichte zu sehen</translation>
    </message>
    <message>
        <source>Weights into output neuron {index}</source>
        <translation>Gewichte in Ausgabeneuron {index}</translation>
    </message>
    <message>
        <source>Weights into hidden neuron {index}</source>
        <translation>Gewichte in verborgenes Neuron {index}</translation>
    </message>
</context>
<context>
    <name>NeuronFan</name>
    <message>
        <source>Edges: ∂a_j/∂w_jk = σ′(z_j)·a_k — raising a weight helps most where the input neuron is bright.
Arrows on the inputs: ∂a_j/∂a_k = σ′(z_j)·w_jk — how changing that neuron&apos;s activation would move a_j.
b: ∂a_j/∂b_j = σ′(z_j) — raising the bias.</source>
        <translation>Kanten: ∂a_j/∂w_jk = σ′(z_j)·a_k — ein Gewicht zu erhöhen hilft am meisten, wo das Eingabeneuron hell ist.
Pfeile an den Eingaben: ∂a_j/∂a_k = σ′(z_j)·w_jk — wie eine Änderung der Aktivierung dieses Neurons a_j bewegen würde.
b: ∂a_j/∂b_j = σ′(z_j) — den Bias erhöhen.</translation>
    </message>
    <message>
        <source>three ways to raise {name}</source>
        <translation>drei Wege, {name} zu erhöhen</translation>
    </message>
    <message>
        <source>edges: σ′·a_k · arrows: σ′·w</source>
        <translation>Kanten: σ′·a_k · Pfeile: σ′·w</translation>
    </message>
</context>
<context>
    <name>NeuronInspector</name>
    <message>
        <source>One neuron</source>
        <translation>Ein Neuron</translation>
    </message>
    <message>
        <source>Which layer the neuron is in. Tip: click a neuron in the diagram to pick it.</source>
        <translation>In welcher Schicht das Neuron liegt. Tipp: Klicken Sie im Diagramm auf ein Neuron, um es zu wählen.</translation>
    </message>
    <message>
        <source>Which neuron of that layer (counting from 0).</source>
        <translation>Welches Neuron dieser Schicht (ab 0 gezählt).</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Neuron</source>
        <translation>Neuron</translation>
    </message>
    <message>
        <source>For the input shown in the diagram: the weighted sum z = Σ w·a + b, the activation a = σ(z) and the bias b, before and after your edits.</source>
        <translation>Für die im Diagramm gezeigte Eingabe: die gewichtete Summe z = Σ w·a + b, die Aktivierung a = σ(z) und der Bias b, vor und nach Ihren Eingriffen.</translation>
    </message>
    <message>
        <source>Its incoming weights after the edits. Picture (first hidden layer, as in First-layer weights): red pixels push the neuron on when lit, blue push it off. Bars (deeper layers, as in the diagram): blue positive, orange negative.</source>
        <translation type="vanished">Seine eingehenden Gewichte nach den Eingriffen. Bild (erste verborgene Schicht, wie in Gewichte der ersten Schicht): Rote Pixel schalten das Neuron ein, wenn sie leuchten, blaue schalten es aus. Balken (tiefere Schichten, wie im Diagramm): blau positiv, orange negativ.</translation>
    </message>
    <message>
        <source>Its incoming weights after the edits, in the app&apos;s colours: blue = positive, orange = negative, background colour = zero. A picture for the first hidden layer (as in First-layer weights: blue pixels push the neuron on when lit), bars for deeper layers (as in the diagram).</source>
        <translation>Seine eingehenden Gewichte nach den Eingriffen, in den Farben der App: blau = positiv, orange = negativ, Hintergrundfarbe = null. Ein Bild für die erste verborgene Schicht (wie in Gewichte der ersten Schicht: blaue Pixel schalten das Neuron ein, wenn sie leuchten), Balken für tiefere Schichten (wie im Diagramm).</translation>
    </message>
    <message>
        <source>Shift the bias b by Δb. z moves by exactly Δb for every input; a sigmoid neuron then fires more (Δb &gt; 0) or less (Δb &lt; 0) easily.</source>
        <translation>Den Bias b um Δb verschieben. z bewegt sich für jede Eingabe um genau Δb; ein Sigmoid-Neuron feuert dann leichter (Δb &gt; 0) oder schwerer (Δb &lt; 0).</translation>
    </message>
    <message>
        <source>Multiply the incoming weights by s. s &gt; 1 makes the neuron more sensitive to its pattern, 0 makes it ignore its inputs (a = σ(b)), s &lt; 0 makes it look for the opposite pattern.</source>
        <translation>Die eingehenden Gewichte mit s multiplizieren. s &gt; 1 macht das Neuron empfindlicher für sein Muster, 0 lässt es seine Eingaben ignorieren (a = σ(b)), s &lt; 0 lässt es nach dem umgekehrten Muster suchen.</translation>
    </message>
    <message>
        <source>switch off</source>
        <translation>ausschalten</translation>
    </message>
    <message>
        <source>Its output becomes 0 for every input: nothing after it hears it any more. Watch how much (or how little) the accuracy drops.</source>
        <translation>Seine Ausgabe wird für jede Eingabe 0: Nichts danach hört es noch. Beobachten Sie, wie stark (oder wie wenig) die Genauigkeit sinkt.</translation>
    </message>
    <message>
        <source>Bias shift Δb</source>
        <translation>Bias-Verschiebung Δb</translation>
    </message>
    <message>
        <source>Weight scale s</source>
        <translation>Gewichtsfaktor s</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>hidden {layer}</source>
        <translation>verborgen {layer}</translation>
    </message>
    <message>
        <source>No input in the diagram yet.</source>
        <translation>Noch keine Eingabe im Diagramm.</translation>
    </message>
    <message>
        <source>original</source>
        <translation>ursprünglich</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
</context>
<context>
    <name>NeuronSeesPanel</name>
    <message>
        <source>Left: a neuron&apos;s weights w (red pushes it on, blue off). Right: w ⊙ x, the weights times this input&apos;s pixels — only where there is ink. The neuron adds these up (Σ), adds its bias b, and squashes z = Σ + b into its activation a.</source>
        <translation type="vanished">Links: die Gewichte w eines Neurons (rot schaltet es ein, blau aus). Rechts: w ⊙ x, die Gewichte mal die Pixel dieser Eingabe — nur wo Tinte ist. Das Neuron summiert diese (Σ), addiert seinen Bias b und staucht z = Σ + b zu seiner Aktivierung a.</translation>
    </message>
    <message>
        <source>Left: a neuron&apos;s weights w (blue = positive: ink there pushes it on; orange = negative: pushes it off; background colour = zero). Right: w ⊙ x, the weights times this input&apos;s pixels — only where there is ink. The neuron adds these up (Σ), adds its bias b, and squashes z = Σ + b into its activation a.</source>
        <translation>Links: die Gewichte w eines Neurons (blau = positiv: Tinte dort schaltet es ein; orange = negativ: schaltet es aus; Hintergrundfarbe = null). Rechts: w ⊙ x, die Gewichte mal die Pixel dieser Eingabe — nur wo Tinte ist. Das Neuron summiert diese (Σ), addiert seinen Bias b und staucht z = Σ + b zu seiner Aktivierung a.</translation>
    </message>
    <message>
        <source>What each neuron sees</source>
        <translation>Was jedes Neuron sieht</translation>
    </message>
    <message>
        <source>Previous neurons</source>
        <translation>Vorherige Neuronen</translation>
    </message>
    <message>
        <source>Next neurons</source>
        <translation>Nächste Neuronen</translation>
    </message>
    <message>
        <source>Nothing to look at yet: the diagram shows no input, or its inputs are not a square image.</source>
        <translation>Noch nichts zu sehen: Das Diagramm zeigt keine Eingabe, oder seine Eingaben sind kein quadratisches Bild.</translation>
    </message>
    <message>
        <source>(label {label})</source>
        <translation>(Label {label})</translation>
    </message>
    <message>
        <source>{n} first-layer neurons, {activation}</source>
        <translation>{n} Neuronen der ersten Schicht, {activation}</translation>
    </message>
    <message>
        <source>{first}–{last} of {n}</source>
        <translation>{first}–{last} von {n}</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>{title}: could not update ({error})</source>
        <translation>{title}: konnte nicht aktualisiert werden ({error})</translation>
    </message>
</context>
<context>
    <name>PixelHistogramPlot</name>
    <message>
        <source>pixels (log scale)</source>
        <translation>Pixel (logarithmisch)</translation>
    </message>
    <message>
        <source>pixel value (0 = black, 1 = white)</source>
        <translation>Pixelwert (0 = schwarz, 1 = weiß)</translation>
    </message>
</context>
<context>
    <name>PointMapPanel</name>
    <message>
        <source>Point map</source>
        <translation>Punktkarte</translation>
    </message>
    <message>
        <source>Dot colour = the image&apos;s true label.</source>
        <translation>Punktfarbe = das wahre Label des Bildes.</translation>
    </message>
    <message>
        <source>Each dot is one test image, placed by the two directions in which that layer&apos;s values vary most (PCA). Hover a dot to see the image; click it to show it in the diagram.</source>
        <translation>Jeder Punkt ist ein Testbild, platziert nach den zwei Richtungen, in denen die Werte dieser Schicht am stärksten variieren (PCA). Fahren Sie über einen Punkt, um das Bild zu sehen; klicken Sie, um es im Diagramm zu zeigen.</translation>
    </message>
    <message>
        <source>Hover a dot</source>
        <translation>Über einen Punkt fahren</translation>
    </message>
    <message>
        <source>Each dot is one test image, placed by t-SNE so that images the layer sees as alike lie close together; distances between clusters mean little. Hover a dot to see the image; click it to show it in the diagram.</source>
        <translation>Jeder Punkt ist ein Testbild, von t-SNE so platziert, dass Bilder, die diese Schicht für ähnlich hält, nah beieinander liegen; Abstände zwischen den Gruppen bedeuten wenig. Fahren Sie über einen Punkt, um das Bild zu sehen; klicken Sie, um es im Diagramm zu zeigen.</translation>
    </message>
    <message>
        <source>Load a dataset and a matching network to see the point map.</source>
        <translation>Laden Sie einen Datensatz und ein passendes Netz, um die Punktkarte zu sehen.</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>hidden {layer}</source>
        <translation>verborgen {layer}</translation>
    </message>
    <message>
        <source>{name}: computing…</source>
        <translation>{name}: wird berechnet…</translation>
    </message>
    <message>
        <source> (earlier state)</source>
        <translation> (früherer Stand)</translation>
    </message>
    <message>
        <source>{n:,} test images by PCA (% = variance shown)</source>
        <translation>{n:,} Testbilder per PCA (% = gezeigte Varianz)</translation>
    </message>
    <message>
        <source>{how}; {percent:.1f} % answered right.{stale}</source>
        <translation>{how}; {percent:.1f} % richtig beantwortet.{stale}</translation>
    </message>
    <message>
        <source>right</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>test image {i:,}
true label: {label}
network says: {answer} ({value:.2f}, {verdict})</source>
        <translation>Testbild {i:,}
wahres Label: {label}
das Netz sagt: {answer} ({value:.2f}, {verdict})</translation>
    </message>
    <message>
        <source>Hover a dot to see its image; click to show it in the diagram.</source>
        <translation>Fahren Sie über einen Punkt, um sein Bild zu sehen; klicken Sie, um es im Diagramm zu zeigen.</translation>
    </message>
    <message>
        <source>test image {i:,}</source>
        <translation>Testbild {i:,}</translation>
    </message>
</context>
<context>
    <name>Predict</name>
    <message>
        <source>feed 28×28 images as they are (white ink on black, like MNIST)</source>
        <translation>28×28-Bilder unverändert einspeisen (weiße Tinte auf Schwarz, wie MNIST)</translation>
    </message>
    <message>
        <source>one JSON object per image on stdout</source>
        <translation>ein JSON-Objekt pro Bild auf stdout</translation>
    </message>
    <message>
        <source>{model}: the network takes {n} inputs, which is not a square image, so it cannot classify pictures.</source>
        <translation>{model}: Das Netz nimmt {n} Eingaben, was kein quadratisches Bild ist, daher kann es keine Bilder klassifizieren.</translation>
    </message>
    <message>
        <source>{model}: the network takes {side}×{side} images, but pictures are prepared as 28×28 like MNIST; pass --raw with {side}×{side} images.</source>
        <translation>{model}: Das Netz nimmt {side}×{side}-Bilder, aber Bilder werden wie bei MNIST als 28×28 vorbereitet; übergeben Sie --raw mit {side}×{side}-Bildern.</translation>
    </message>
    <message>
        <source>{name}: --raw needs a {side}×{side} image; this one is {w}×{h}.</source>
        <translation>{name}: --raw braucht ein {side}×{side}-Bild; dieses ist {w}×{h}.</translation>
    </message>
    <message>
        <source>{name}: cannot be prepared as a digit ({reason}).</source>
        <translation>{name}: kann nicht als Ziffer vorbereitet werden ({reason}).</translation>
    </message>
</context>
<context>
    <name>PredictionView</name>
    <message>
        <source>Nothing drawn yet</source>
        <translation>Noch nichts gezeichnet</translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation>Noch kein Modell</translation>
    </message>
    <message>
        <source>what the network sees (28×28)</source>
        <translation>was das Netz sieht (28×28)</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>an {name}</source>
        <translation type="vanished">eine {name}</translation>
    </message>
    <message>
        <source>a {name}</source>
        <translation type="vanished">eine {name}</translation>
    </message>
    <message>
        <source>It&apos;s {thing} ({value})</source>
        <translation type="vanished">Das ist {thing} ({value})</translation>
    </message>
    <message>
        <source>Maybe {thing} ({value})</source>
        <translation type="vanished">Vielleicht {thing} ({value})</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>download {name}</source>
        <translation>Download {name}</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <source>Reading the run…</source>
        <translation type="vanished">Lauf wird gelesen…</translation>
    </message>
</context>
<context>
    <name>ReplayController</name>
    <message>
        <source>Replay</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Open run…</source>
        <translation>Lauf öffnen…</translation>
    </message>
    <message>
        <source>Open a recorded training run (.npz) to replay it</source>
        <translation>Einen aufgezeichneten Trainingslauf (.npz) zur Wiedergabe öffnen</translation>
    </message>
    <message>
        <source>Save run…</source>
        <translation>Lauf speichern…</translation>
    </message>
    <message>
        <source>Save this run&apos;s recorded history to replay it later or in class</source>
        <translation>Den aufgezeichneten Verlauf dieses Laufs speichern, um ihn später oder im Unterricht wiederzugeben</translation>
    </message>
    <message>
        <source>No run recorded yet: press Train.</source>
        <translation>Noch kein Lauf aufgezeichnet: Drücken Sie Trainieren.</translation>
    </message>
    <message>
        <source> · test acc {acc:.1f} %</source>
        <translation> · Testgenauigkeit {acc:.1f} %</translation>
    </message>
    <message>
        <source> · no test yet</source>
        <translation> · noch kein Test</translation>
    </message>
    <message>
        <source>step {step:,} · epoch {epoch}{tail}   ({i:,}/{n:,})</source>
        <translation>Schritt {step:,} · Epoche {epoch}{tail}   ({i:,}/{n:,})</translation>
    </message>
    <message>
        <source>No run to save</source>
        <translation>Kein Lauf zum Speichern</translation>
    </message>
    <message>
        <source>Train first: the run is recorded as it trains, then Save run keeps it for later.</source>
        <translation>Trainieren Sie zuerst: Der Lauf wird beim Training aufgezeichnet, dann bewahrt Lauf speichern ihn auf.</translation>
    </message>
    <message>
        <source>Save run</source>
        <translation>Lauf speichern</translation>
    </message>
    <message>
        <source>nnviz run (*.npz)</source>
        <translation>nnviz-Lauf (*.npz)</translation>
    </message>
    <message>
        <source>Could not save the run</source>
        <translation>Lauf konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved the run ({n:,} moments) to {path}</source>
        <translation>Lauf ({n:,} Momente) in {path} gespeichert</translation>
    </message>
    <message>
        <source>Open run</source>
        <translation>Lauf öffnen</translation>
    </message>
    <message>
        <source>Reading the run…</source>
        <translation>Lauf wird gelesen…</translation>
    </message>
    <message>
        <source>Cannot open this run</source>
        <translation>Dieser Lauf lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>The run&apos;s network takes {inputs} inputs but {data} images have {pixels} pixels.</source>
        <translation>Das Netz des Laufs nimmt {inputs} Eingaben, aber {data}-Bilder haben {pixels} Pixel.</translation>
    </message>
    <message>
        <source>replaying {path}</source>
        <translation>Wiedergabe von {path}</translation>
    </message>
    <message>
        <source>Opened {path}: drag the replay slider or press ▶.</source>
        <translation>{path} geöffnet: Ziehen Sie den Wiedergaberegler oder drücken Sie ▶.</translation>
    </message>
</context>
<context>
    <name>ReplayExport</name>
    <message>
        <source>Nothing to animate</source>
        <translation>Nichts zu animieren</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Saved {n} frames to {path}</source>
        <translation>{n} Bilder in {path} gespeichert</translation>
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
    <name>RobustnessPanel</name>
    <message>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Drehung</translation>
    </message>
    <message>
        <source>Stroke thickness</source>
        <translation>Strichstärke</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Verschiebung</translation>
    </message>
    <message>
        <source>Gaussian noise σ</source>
        <translation>Gaußsches Rauschen σ</translation>
    </message>
    <message>
        <source>rotation (± degrees)</source>
        <translation>Drehung (± Grad)</translation>
    </message>
    <message>
        <source>stroke thickness (− erode, + dilate, passes)</source>
        <translation>Strichstärke (− erodieren, + dilatieren, Durchgänge)</translation>
    </message>
    <message>
        <source>shift (pixels)</source>
        <translation>Verschiebung (Pixel)</translation>
    </message>
    <message>
        <source>Robustness</source>
        <translation>Robustheit</translation>
    </message>
    <message>
        <source>What to do to the test images: add noise, turn them, thin or thicken the strokes, or move them.</source>
        <translation>Was mit den Testbildern geschehen soll: Rauschen hinzufügen, sie drehen, die Striche verdünnen oder verdicken oder sie verschieben.</translation>
    </message>
    <message>
        <source>{n:,} test images</source>
        <translation>{n:,} Testbilder</translation>
    </message>
    <message>
        <source>all test images</source>
        <translation>alle Testbilder</translation>
    </message>
    <message>
        <source>A fixed random sample of {n:,} test images measures a curve in about a second; the whole test set is exact but slower.</source>
        <translation>Eine feste Zufallsstichprobe von {n:,} Testbildern misst eine Kurve in etwa einer Sekunde; die ganze Testmenge ist genau, aber langsamer.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messen</translation>
    </message>
    <message>
        <source>Measure the accuracy at every level of this damage (Ctrl+M)</source>
        <translation>Die Genauigkeit auf jeder Stufe dieser Beschädigung messen (Strg+M)</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Schaden</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Auf</translation>
    </message>
    <message>
        <source>Confidence threshold: below it the network says “don&apos;t know”.</source>
        <translation>Konfidenzschwelle: Darunter sagt das Netz „weiß nicht“.</translation>
    </message>
    <message>
        <source>Load a dataset and a matching network to measure robustness.</source>
        <translation>Laden Sie einen Datensatz und ein passendes Netz, um die Robustheit zu messen.</translation>
    </message>
    <message>
        <source>Damaging {n:,} images…</source>
        <translation>{n:,} Bilder werden beschädigt…</translation>
    </message>
    <message>
        <source>Press Measure to damage the test images at every level.</source>
        <translation>Drücken Sie Messen, um die Testbilder auf jeder Stufe zu beschädigen.</translation>
    </message>
    <message>
        <source>The network has changed since: press Measure to update.</source>
        <translation>Das Netz hat sich seitdem geändert: Drücken Sie Messen zum Aktualisieren.</translation>
    </message>
    <message>
        <source>{damage} on {n:,} test images: {clean:.1%} undamaged, {worst:.1%} at {level:g}.</source>
        <translation>{damage} auf {n:,} Testbildern: {clean:.1%} unbeschädigt, {worst:.1%} bei {level:g}.</translation>
    </message>
    <message>
        <source>Threshold {t:.2f}: answers {answered:,} of {n:,} ({coverage:.1%}), {right} of them right; “don&apos;t know” for {unanswered:,}. Answering all: {plain:.1%} right.</source>
        <translation>Schwelle {t:.2f}: antwortet auf {answered:,} von {n:,} ({coverage:.1%}), davon {right} richtig; „weiß nicht“ bei {unanswered:,}. Wenn es immer antwortet: {plain:.1%} richtig.</translation>
    </message>
</context>
<context>
    <name>RunWatcher</name>
    <message>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>Apply the setting the hint suggests</source>
        <translation>Die Einstellung übernehmen, die der Hinweis vorschlägt</translation>
    </message>
    <message>
        <source>Lesson pace</source>
        <translation>Lektionstempo</translation>
    </message>
    <message>
        <source>Lesson pace: the first mini-batches slowly, faster as the cost flattens, so the first epoch takes about half a minute. Off: the Speed slider&apos;s pace.</source>
        <translation>Lektionstempo: die ersten Mini-Batches langsam, schneller, während die Kosten abflachen, sodass die erste Epoche etwa eine halbe Minute dauert. Aus: das Tempo des Geschwindigkeitsreglers.</translation>
    </message>
    <message>
        <source>Full speed</source>
        <translation>Volle Geschwindigkeit</translation>
    </message>
    <message>
        <source>Train as fast as the machine can (Speed: full)</source>
        <translation>So schnell trainieren, wie die Maschine kann (Geschwindigkeit: voll)</translation>
    </message>
    <message>
        <source>◀◀ Watch the first epoch</source>
        <translation>◀◀ Die erste Epoche ansehen</translation>
    </message>
    <message>
        <source>The run went by fast, but the replay kept its first epoch densely: play it slowly</source>
        <translation>Der Lauf ging schnell vorbei, aber die Wiedergabe hat seine erste Epoche dicht aufgezeichnet: Spielen Sie sie langsam ab</translation>
    </message>
    <message>
        <source>Step mini-batch: the cost of its {n} images went {b:.4f} → {a:.4f} (the Backprop panel&apos;s Mini-batch page shows them).</source>
        <translation>Mini-Batch-Schritt: Die Kosten seiner {n} Bilder gingen von {b:.4f} → {a:.4f} (die Seite Mini-Batch des Backprop-Bereichs zeigt sie).</translation>
    </message>
    <message>
        <source>The first epoch went by in {s:.1f} s. It is where most of the learning happens, and the replay kept it densely: press ◀◀ Watch the first epoch, or scrub back.</source>
        <translation>Die erste Epoche ging in {s:.1f} s vorbei. In ihr geschieht das meiste Lernen, und die Wiedergabe hat sie dicht aufgezeichnet: Drücken Sie ◀◀ Die erste Epoche ansehen, oder spulen Sie zurück.</translation>
    </message>
</context>
<context>
    <name>SaveDrawingBar</name>
    <message>
        <source>What you drew: a digit, or any class name you like (it becomes the folder name)</source>
        <translation>Was Sie gezeichnet haben: eine Ziffer oder ein beliebiger Klassenname (er wird zum Ordnernamen)</translation>
    </message>
    <message>
        <source>Save drawing</source>
        <translation>Zeichnung speichern</translation>
    </message>
    <message>
        <source>Add the drawing, as the network sees it (28×28), to your own dataset with this label (Ctrl+Shift+S)</source>
        <translation>Die Zeichnung so, wie das Netz sie sieht (28×28), mit diesem Label zu Ihrem eigenen Datensatz hinzufügen (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>Open my digits</source>
        <translation>Meine Ziffern öffnen</translation>
    </message>
    <message>
        <source>Import your saved drawings as a dataset to train on</source>
        <translation>Ihre gespeicherten Zeichnungen als Datensatz zum Trainieren importieren</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>{n} saved</source>
        <translation>{n} gespeichert</translation>
    </message>
    <message>
        <source>none saved yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>In {folder}:</source>
        <translation>In {folder}:</translation>
    </message>
    <message>
        <source>Draw something first.</source>
        <translation>Zeichnen Sie zuerst etwas.</translation>
    </message>
</context>
<context>
    <name>SensitivityPanel</name>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <source>{n:,} training examples</source>
        <translation>{n:,} Trainingsbeispiele</translation>
    </message>
    <message>
        <source>∇C is the gradient of the cost averaged over this many examples: 10 is like one mini-batch, larger samples are steadier.</source>
        <translation>∇C ist der über so viele Beispiele gemittelte Gradient der Kosten: 10 ist wie ein Mini-Batch, größere Stichproben sind stabiler.</translation>
    </message>
    <message>
        <source>New sample</source>
        <translation>Neue Stichprobe</translation>
    </message>
    <message>
        <source>Draw a different random sample of training examples.</source>
        <translation>Eine andere Zufallsstichprobe von Trainingsbeispielen ziehen.</translation>
    </message>
    <message>
        <source>most influential</source>
        <translation>einflussreichste</translation>
    </message>
    <message>
        <source>least influential</source>
        <translation>am wenigsten einflussreich</translation>
    </message>
    <message>
        <source>× : how many times more sensitive the cost is to the top parameter than to this one (most influential list), or to this one than to the least (least influential list).</source>
        <translation>× : wie viel empfindlicher die Kosten auf den obersten Parameter reagieren als auf diesen (Liste der einflussreichsten) bzw. auf diesen als auf den letzten (Liste der am wenigsten einflussreichen).</translation>
    </message>
    <message>
        <source>No network and matching data yet.</source>
        <translation>Noch kein Netz mit passenden Daten.</translation>
    </message>
    <message>
        <source>The network does not take this data.</source>
        <translation>Das Netz nimmt diese Daten nicht.</translation>
    </message>
    <message>
        <source>C = {C:.4f} over {n:,} examples</source>
        <translation>C = {C:.4f} über {n:,} Beispiele</translation>
    </message>
    <message>
        <source>The gradient is zero: the cost does not change with any parameter for this sample.</source>
        <translation>Der Gradient ist null: Die Kosten ändern sich für diese Stichprobe mit keinem Parameter.</translation>
    </message>
    <message>
        <source>The cost is &lt;b&gt;{vs_median}&lt;/b&gt; more sensitive to {top} than to the median parameter, and {vs_least} more than to {least}.</source>
        <translation>Die Kosten reagieren &lt;b&gt;{vs_median}&lt;/b&gt; empfindlicher auf {top} als auf den mittleren Parameter (Median) und {vs_least} mehr als auf {least}.</translation>
    </message>
    <message>
        <source>The cost is &lt;b&gt;{vs_median:,.3g} times&lt;/b&gt; more sensitive to {top} than to the median parameter, and {vs_least:,.3g} times more than to {least}.</source>
        <translation type="vanished">Die Kosten reagieren &lt;b&gt;{vs_median:,.3g}-mal&lt;/b&gt; empfindlicher auf {top} als auf den mittleren Parameter (Median) und {vs_least:,.3g}-mal mehr als auf {least}.</translation>
    </message>
    <message>
        <source>{n:,} parameters have ∂C/∂θ = 0 exactly (mostly weights from pixels that are dark in every example of the sample): the cost ignores them.</source>
        <translation>{n:,} Parameter haben genau ∂C/∂θ = 0 (meist Gewichte von Pixeln, die in jedem Beispiel der Stichprobe dunkel sind): Die Kosten ignorieren sie.</translation>
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
    <name>TimelineView</name>
    <message>
        <source>Play the recorded run from the moment shown (Space on the slider); again to pause</source>
        <translation>Den aufgezeichneten Lauf ab dem gezeigten Moment abspielen (Leertaste auf dem Schieberegler); nochmals zum Anhalten</translation>
    </message>
    <message>
        <source>Scrub through the run: every view shows the network as it was then. Arrows step one moment, Page Up/Down ten.</source>
        <translation>Durch den Lauf blättern: Jede Ansicht zeigt das Netz, wie es damals war. Pfeiltasten gehen einen Moment weiter, Bild↑/Bild↓ zehn.</translation>
    </message>
    <message>
        <source>{rate} moments/s</source>
        <translation>{rate} Momente/s</translation>
    </message>
    <message>
        <source>Replay speed. Moments are denser early in the run, where the network changes fastest.</source>
        <translation>Wiedergabegeschwindigkeit. Früh im Lauf, wo sich das Netz am schnellsten ändert, liegen die Momente dichter.</translation>
    </message>
    <message>
        <source>No run recorded yet: press Train.</source>
        <translation>Noch kein Lauf aufgezeichnet: Drücken Sie Trainieren.</translation>
    </message>
    <message>
        <source>step 1,234,567 · epoch 1,000 · test acc 99.9 %   (2,000/2,000)</source>
        <translation>Schritt 1.234.567 · Epoche 1.000 · Testgenauigkeit 99,9 %   (2.000/2.000)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Back to the network as it trains now</source>
        <translation>Zurück zum Netz, wie es gerade trainiert</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Wiedergabe</translation>
    </message>
</context>
<context>
    <name>Train</name>
    <message>
        <source>a complete setup: lessons (Nielsen&apos;s, the lessons&apos; own), 3b1b-96 (784-16-16-10 → 96 %%), big-98 (784-512-256-10 → 98 %%); the older names seed, 3b1b and 98 still work</source>
        <translation>eine vollständige Einstellung: lessons (Nielsens, die der Lektionen), 3b1b-96 (784-16-16-10 → 96 %%), big-98 (784-512-256-10 → 98 %%); die älteren Namen seed, 3b1b und 98 funktionieren weiterhin</translation>
    </message>
    <message>
        <source>folder holding the four MNIST .gz files</source>
        <translation>Ordner mit den vier MNIST-.gz-Dateien</translation>
    </message>
    <message>
        <source>download MNIST into the user cache if it is not found</source>
        <translation>MNIST in den Benutzer-Cache herunterladen, falls es nicht gefunden wird</translation>
    </message>
    <message>
        <source>learning rate η (default 3.0)</source>
        <translation>Lernrate η (Standard 3.0)</translation>
    </message>
    <message>
        <source>momentum μ in [0, 1) (default 0)</source>
        <translation>Momentum μ in [0, 1) (Standard 0)</translation>
    </message>
    <message>
        <source>L2 regularisation λ (default 0)</source>
        <translation>L2-Regularisierung λ (Standard 0)</translation>
    </message>
    <message>
        <source>mini-batch size (default 10)</source>
        <translation>Mini-Batch-Größe (Standard 10)</translation>
    </message>
    <message>
        <source>epochs (default 30)</source>
        <translation>Epochen (Standard 30)</translation>
    </message>
    <message>
        <source>random seed for weights and shuffling (default 0)</source>
        <translation>Zufallsstartwert für Gewichte und Mischen (Standard 0)</translation>
    </message>
    <message>
        <source>BLAS threads (default: 1 for networks as small as the lessons&apos;, whose products gain nothing from threads while the data is gathered on the other core; NumPy&apos;s choice for larger ones)</source>
        <translation>BLAS-Threads (Standard: 1 für Netze so klein wie die der Lektionen, deren Produkte nichts durch Threads gewinnen, während die Daten auf dem anderen Kern gesammelt werden; für größere die Wahl von NumPy)</translation>
    </message>
    <message>
        <source>save the trained model here</source>
        <translation>das trainierte Modell hier speichern</translation>
    </message>
    <message>
        <source>one JSON object per epoch on stdout</source>
        <translation>ein JSON-Objekt pro Epoche auf stdout</translation>
    </message>
    <message>
        <source>augment: add Gaussian noise of σ = S to every training image (0–1)</source>
        <translation>Augmentierung: Gaußsches Rauschen mit σ = S zu jedem Trainingsbild addieren (0–1)</translation>
    </message>
    <message>
        <source>augment: turn every training image by a random angle within ±DEG</source>
        <translation>Augmentierung: jedes Trainingsbild um einen zufälligen Winkel innerhalb ±DEG drehen</translation>
    </message>
    <message>
        <source>augment: move every training image by up to ±PX whole pixels</source>
        <translation>Augmentierung: jedes Trainingsbild um bis zu ±PX ganze Pixel verschieben</translation>
    </message>
    <message>
        <source>dropout: switch each hidden neuron off with probability P while training</source>
        <translation>Dropout: jedes verborgene Neuron beim Training mit Wahrscheinlichkeit P ausschalten</translation>
    </message>
    <message>
        <source>{name} has {inputs} inputs and {classes} classes, so --layers must start with {inputs} and end with {classes}; got {layers}.</source>
        <translation>{name} hat {inputs} Eingaben und {classes} Klassen, daher muss --layers mit {inputs} beginnen und mit {classes} enden; erhalten: {layers}.</translation>
    </message>
    <message>
        <source>--epochs must be at least 1; got {n}.</source>
        <translation>--epochs muss mindestens 1 sein; erhalten: {n}.</translation>
    </message>
    <message>
        <source>--threads must be at least 1; got {n}.</source>
        <translation>--threads muss mindestens 1 sein; erhalten: {n}.</translation>
    </message>
    <message>
        <source>{name} ({origin}): {train} training, {test} test images; network {layers}, {activation}/{output}, {cost} cost, η={lr:g}, batch {batch}, {epochs} epochs, seed {seed}</source>
        <translation>{name} ({origin}): {train} Trainings-, {test} Testbilder; Netz {layers}, {activation}/{output}, Kostenfunktion {cost}, η={lr:g}, Batch {batch}, {epochs} Epochen, Startwert {seed}</translation>
    </message>
    <message>
        <source>epoch {epoch}/{epochs}</source>
        <translation>Epoche {epoch}/{epochs}</translation>
    </message>
    <message>
        <source>cost {cost:.4f}</source>
        <translation>Kosten {cost:.4f}</translation>
    </message>
    <message>
        <source>epoch {epoch:&gt;3}/{epochs}  train cost {train_cost:.4f}  test cost {test_cost:.4f}  test accuracy {accuracy:6.2f} %  {seconds:6.2f} s  {speed:&gt;9,} samples/s</source>
        <translation>Epoche {epoch:&gt;3}/{epochs}  Trainingskosten {train_cost:.4f}  Testkosten {test_cost:.4f}  Testgenauigkeit {accuracy:6.2f} %  {seconds:6.2f} s  {speed:&gt;9,} Beispiele/s</translation>
    </message>
    <message>
        <source>could not save {path}: {reason}.</source>
        <translation>{path} konnte nicht gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <source>saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <source>--save {path}: is a folder; give a file name such as model.npz.</source>
        <translation>--save {path}: ist ein Ordner; geben Sie einen Dateinamen wie model.npz an.</translation>
    </message>
    <message>
        <source>--save {path}: the folder {folder} does not exist.</source>
        <translation>--save {path}: Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>--save {path}: the folder {folder} is not writable.</source>
        <translation>--save {path}: Der Ordner {folder} ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>--save {path}: {reason}</source>
        <translation>--save {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>TrainingControl</name>
    <message>
        <source>No network yet.</source>
        <translation>Noch kein Netz.</translation>
    </message>
</context>
<context>
    <name>TrainingController</name>
    <message>
        <source>No training yet.</source>
        <translation>Noch kein Training.</translation>
    </message>
    <message>
        <source>epoch %p%</source>
        <translation>Epoche %p%</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>Start training, or pause and resume it</source>
        <translation>Training starten oder pausieren und fortsetzen</translation>
    </message>
    <message>
        <source>Step mini-batch</source>
        <translation>Mini-Batch-Schritt</translation>
    </message>
    <message>
        <source>Run exactly one mini-batch, then pause</source>
        <translation>Genau einen Mini-Batch ausführen, dann pausieren</translation>
    </message>
    <message>
        <source>Step epoch</source>
        <translation>Epochen-Schritt</translation>
    </message>
    <message>
        <source>Run to the end of the current epoch, then pause</source>
        <translation>Bis zum Ende der aktuellen Epoche laufen, dann pausieren</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Build a new network from the settings, with fresh random weights</source>
        <translation>Ein neues Netz aus den Einstellungen bauen, mit frischen Zufallsgewichten</translation>
    </message>
    <message>
        <source>Follow training examples</source>
        <translation>Trainingsbeispielen folgen</translation>
    </message>
    <message>
        <source>The diagram cycles through training examples again</source>
        <translation>Das Diagramm zeigt wieder der Reihe nach Trainingsbeispiele</translation>
    </message>
    <message>
        <source>Layer sizes</source>
        <translation>Schichtgrößen</translation>
    </message>
    <message>
        <source>Cannot build this network</source>
        <translation>Dieses Netz lässt sich nicht bauen</translation>
    </message>
    <message>
        <source>new network, random weights</source>
        <translation>neues Netz, Zufallsgewichte</translation>
    </message>
    <message>
        <source>No dataset is loaded yet.</source>
        <translation>Noch ist kein Datensatz geladen.</translation>
    </message>
    <message>
        <source>Model and data don&apos;t match</source>
        <translation>Modell und Daten passen nicht zusammen</translation>
    </message>
    <message>
        <source>The network takes {inputs} inputs but {data} images have {pixels} pixels. Press Reset to build a matching one.</source>
        <translation>Das Netz nimmt {inputs} Eingaben, aber {data}-Bilder haben {pixels} Pixel. Drücken Sie Zurücksetzen, um ein passendes zu bauen.</translation>
    </message>
    <message>
        <source>Cannot train with these settings</source>
        <translation>Mit diesen Einstellungen ist kein Training möglich</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Training finished. Train again to continue for more epochs, or Reset to start over.</source>
        <translation>Training beendet. Trainieren setzt es für weitere Epochen fort, Zurücksetzen beginnt von vorn.</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>Training abgebrochen</translation>
    </message>
    <message>
        <source>epoch {epoch} · mini-batch {batch:,}/{batches:,} · {seen:,} samples seen · {rate:,.0f} samples/s · η = {lr}</source>
        <translation>Epoche {epoch} · Mini-Batch {batch:,}/{batches:,} · {seen:,} Beispiele gesehen · {rate:,.0f} Beispiele/s · η = {lr}</translation>
    </message>
    <message>
        <source> · test accuracy {acc}</source>
        <translation> · Testgenauigkeit {acc}</translation>
    </message>
</context>
<context>
    <name>TrainingControls</name>
    <message>
        <source>Synthetic digits</source>
        <translation>Synthetische Ziffern</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Which images to learn from. MNIST: 60,000 handwritten digits. Fashion-MNIST: clothes in the same format. Synthetic: digits drawn by nnviz itself, for when nothing else is available.</source>
        <translation>Aus welchen Bildern gelernt wird. MNIST: 60.000 handgeschriebene Ziffern. Fashion-MNIST: Kleidung im selben Format. Synthetisch: von nnviz selbst gezeichnete Ziffern, falls nichts anderes verfügbar ist.</translation>
    </message>
    <message>
        <source>Download MNIST</source>
        <translation>MNIST laden</translation>
    </message>
    <message>
        <source>Fetch the four MNIST files (about 11 MB), check their checksums and keep them in your cache folder.</source>
        <translation>Die vier MNIST-Dateien (etwa 11 MB) holen, ihre Prüfsummen prüfen und sie in Ihrem Cache-Ordner ablegen.</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <source>Use MNIST files (the four .gz IDX files) from a folder.</source>
        <translation>MNIST-Dateien (die vier .gz-IDX-Dateien) aus einem Ordner verwenden.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>your own settings</source>
        <translation>eigene Werte</translation>
    </message>
    <message>
        <source>Lessons&apos; setup: Nielsen&apos;s network as in the lessons (784-16-16-10, sigmoid, quadratic cost, η = 3).
3b1b: 96 %: the same 784-16-16-10 trained with softmax, cross-entropy and momentum.
Big: 98 %: 784-512-256-10 with ReLU.</source>
        <translation>Lektionen: Nielsens Netz wie in den Lektionen (784-16-16-10, Sigmoid, quadratische Kostenfunktion, η = 3).
3b1b: 96 %: dasselbe 784-16-16-10, trainiert mit Softmax, Kreuzentropie und Momentum.
Groß: 98 %: 784-512-256-10 mit ReLU.</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <source>Neurons per layer, input first, output last, e.g. 784,16,16,10. The input and output sizes follow the dataset.</source>
        <translation>Neuronen pro Schicht, Eingabe zuerst, Ausgabe zuletzt, z. B. 784,16,16,10. Die Größen von Eingabe und Ausgabe folgen dem Datensatz.</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>σ of the hidden layers: sigmoid squashes z into (0, 1); ReLU is max(0, z); tanh squashes into (−1, 1).</source>
        <translation>σ der verborgenen Schichten: sigmoid presst z in (0, 1); ReLU ist max(0, z); tanh presst in (−1, 1).</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Output layer: sigmoid gives ten independent activations; softmax makes them sum to 1, like probabilities.</source>
        <translation>Ausgabeschicht: sigmoid liefert zehn unabhängige Aktivierungen; softmax lässt sie sich zu 1 summieren, wie Wahrscheinlichkeiten.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>What training minimises: quadratic is the sum of squared differences (the lessons&apos;); cross-entropy learns faster when outputs are badly wrong.</source>
        <translation>Was das Training minimiert: quadratisch ist die Summe der quadrierten Differenzen (die der Lektionen); Kreuzentropie lernt schneller, wenn Ausgaben stark falsch sind.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Starting weights: normal is N(0, 1) as in the lessons; scaled divides by √(inputs) so neurons don&apos;t start saturated.</source>
        <translation>Startgewichte: normal ist N(0, 1) wie in den Lektionen; skaliert teilt durch √(Eingänge), damit Neuronen nicht gesättigt starten.</translation>
    </message>
    <message>
        <source>Init</source>
        <translation>Init</translation>
    </message>
    <message>
        <source>The same seed gives the same starting weights and order of examples, so a run can be repeated exactly.</source>
        <translation>Derselbe Startwert ergibt dieselben Startgewichte und dieselbe Reihenfolge der Beispiele, sodass ein Lauf genau wiederholt werden kann.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Press Reset to apply the new network settings.</source>
        <translation>Drücken Sie Zurücksetzen, um die neuen Netzeinstellungen anzuwenden.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>The learning rate</source>
        <translation>Die Lernrate</translation>
    </message>
    <message>
        <source>Learning rate η: how far each step moves down the gradient. Too small crawls; too big overshoots and the cost blows up. Applies immediately.</source>
        <translation>Lernrate η: wie weit jeder Schritt den Gradienten hinabgeht. Zu klein kriecht; zu groß schießt über und die Kosten explodieren. Gilt sofort.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>The batch size</source>
        <translation>Die Batch-Größe</translation>
    </message>
    <message>
        <source>Examples averaged per gradient step (mini-batch). Small: noisy but frequent steps. Applies immediately.</source>
        <translation>Pro Gradientenschritt gemittelte Beispiele (Mini-Batch). Klein: verrauschte, aber häufige Schritte. Gilt sofort.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batch-Größe</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Momentum μ: each step keeps this fraction of the previous one, rolling through small bumps.</source>
        <translation>Momentum μ: jeder Schritt behält diesen Anteil des vorigen und rollt so über kleine Unebenheiten.</translation>
    </message>
    <message>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <source>L2 regularisation λ: pulls weights towards zero so no single pixel dominates.</source>
        <translation>L2-Regularisierung λ: zieht Gewichte zur Null hin, damit kein einzelnes Pixel dominiert.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Dropout p: while training, each hidden neuron is switched off with this probability, so none can rely on one partner. Testing uses every neuron. Applies immediately.</source>
        <translation>Dropout p: beim Training wird jedes verborgene Neuron mit dieser Wahrscheinlichkeit abgeschaltet, sodass sich keines auf einen Partner verlassen kann. Beim Testen arbeiten alle Neuronen. Gilt sofort.</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>How η changes over the run: constant, halved at 1/3 and 2/3 (step), or a smooth decay to zero (cosine).</source>
        <translation>Wie sich η im Lauf ändert: konstant, stufenweise halbiert bei 1/3 und 2/3, oder nach dem Kosinus sanft gegen null fallend.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Passes over the whole training set. More epochs keep lowering the training cost; the test accuracy levels off after a few.</source>
        <translation>Durchgänge über die ganze Trainingsmenge. Mehr Epochen senken die Trainingskosten weiter; die Testgenauigkeit flacht nach wenigen ab.</translation>
    </message>
    <message>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> Epochen</translation>
    </message>
    <message>
        <source>Save the model every N epochs to nnviz&apos;s data folder, so a crash or a closed window loses at most N epochs; File ▸ Restore autosave brings it back.</source>
        <translation>Das Modell alle N Epochen im Datenordner von nnviz speichern, sodass ein Absturz oder ein geschlossenes Fenster höchstens N Epochen kostet; Datei ▸ Automatische Sicherung wiederherstellen holt es zurück.</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation>Automatisch sichern</translation>
    </message>
    <message>
        <source>Slow motion on the left (one mini-batch a second), full speed on the right.</source>
        <translation>Zeitlupe links (ein Mini-Batch pro Sekunde), volle Geschwindigkeit rechts.</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source> Takes effect at the next Reset.</source>
        <translation> Wirkt beim nächsten Zurücksetzen.</translation>
    </message>
    <message>
        <source> (the training set&apos;s size)</source>
        <translation> (die Größe der Trainingsmenge)</translation>
    </message>
    <message>
        <source>full</source>
        <translation>voll</translation>
    </message>
    <message>
        <source>mini-batches per second</source>
        <translation>Mini-Batches pro Sekunde</translation>
    </message>
    <message>
        <source>Hidden layers above 4,096 neurons would be too slow to watch.</source>
        <translation>Verborgene Schichten über 4.096 Neuronen wären zu langsam zum Zuschauen.</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <source>Training stopped by an internal error: {error}. Press Reset to start again.</source>
        <translation>Training durch einen internen Fehler abgebrochen: {error}. Drücken Sie Zurücksetzen, um neu zu beginnen.</translation>
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
        <translation type="vanished">Nichts zu animieren</translation>
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
        <translation type="vanished">Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Encoding the video…</source>
        <translation>Video wird kodiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Abbrechen</translation>
    </message>
    <message>
        <source>Saved {0} frames to {1}</source>
        <translation type="vanished">{0} Bilder in {1} gespeichert</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Lesson 1 · What is a neural network?</source>
        <translation>Lektion 1 · Was ist ein neuronales Netz?</translation>
    </message>
    <message>
        <source>Lesson 2 · Gradient descent</source>
        <translation>Lektion 2 · Gradientenabstieg</translation>
    </message>
    <message>
        <source>Lesson 3 · What backpropagation does</source>
        <translation>Lektion 3 · Was Backpropagation tut</translation>
    </message>
    <message>
        <source>Lesson 4 · Backpropagation calculus</source>
        <translation>Lektion 4 · Analysis der Backpropagation</translation>
    </message>
    <message>
        <source>Beyond the lessons</source>
        <translation>Jenseits der Lektionen</translation>
    </message>
</context>
<context>
    <name>WeightsView</name>
    <message>
        <source>weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>change since init</source>
        <translation>Änderung seit Start</translation>
    </message>
    <message>
        <source>Weights, or how far training has moved them from their random initial values.</source>
        <translation>Die Gewichte, oder wie weit das Training sie von ihren zufälligen Startwerten bewegt hat.</translation>
    </message>
    <message>
        <source>The previous 16 neurons</source>
        <translation>Die vorigen 16 Neuronen</translation>
    </message>
    <message>
        <source>The next 16 neurons (a bigger first layer has several pages)</source>
        <translation>Die nächsten 16 Neuronen (eine größere erste Schicht hat mehrere Seiten)</translation>
    </message>
    <message>
        <source>blue = positive · orange = negative · background = zero</source>
        <translation>blau = positiv · orange = negativ · Hintergrund = null</translation>
    </message>
    <message>
        <source>Blue: ink on that pixel excites the neuron; orange: it inhibits it; the background colour: it does not matter.</source>
        <translation>Blau: Tinte auf diesem Pixel erregt das Neuron; orange: sie hemmt es; die Hintergrundfarbe: es spielt keine Rolle.</translation>
    </message>
    <message>
        <source>No weights to show yet.</source>
        <translation>Noch keine Gewichte zu zeigen.</translation>
    </message>
    <message>
        <source>No initial weights to compare with: “change since init” needs the weights the network started from.</source>
        <translation>Keine Startgewichte zum Vergleich: „Änderung seit Start“ braucht die Gewichte, mit denen das Netz begann.</translation>
    </message>
    <message>
        <source>The first layer has no neurons.</source>
        <translation>Die erste Schicht hat keine Neuronen.</translation>
    </message>
    <message>
        <source>Each first-layer neuron has {n_in} inputs, which do not form a square image, so its weights can&apos;t be drawn.</source>
        <translation>Jedes Neuron der ersten Schicht hat {n_in} Eingänge, die kein quadratisches Bild ergeben, daher lassen sich seine Gewichte nicht zeichnen.</translation>
    </message>
    <message>
        <source>neurons {first}–{last} of {n}</source>
        <translation>Neuronen {first}–{last} von {n}</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Auswahl: %(value)r (möglich sind %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger %(type)s-Wert: %(value)r</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>folgende Argumente werden benötigt: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eines der Argumente %s wird benötigt</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht erlaubt zusammen mit dem Argument %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ein Argument erwartet</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>höchstens ein Argument erwartet</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>mindestens ein Argument erwartet</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>%s Argument erwartet</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>%s Argumente erwartet</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>explizites Argument %r ignoriert</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s könnte %(matches)s sein</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>unerwartete Option: %s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>&apos;%(filename)s&apos; kann nicht geöffnet werden: %(error)s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>unbekannter Befehl %(parser_name)r (möglich sind %(choices)s)</translation>
    </message>
</context>
<context>
    <name>numbers</name>
    <message>
        <source>{n} quintillion times</source>
        <translation>{n} Trillionen Mal</translation>
    </message>
    <message>
        <source>{n} quadrillion times</source>
        <translation>{n} Billiarden Mal</translation>
    </message>
    <message>
        <source>{n} trillion times</source>
        <translation>{n} Billionen Mal</translation>
    </message>
    <message>
        <source>{n} billion times</source>
        <translation>{n} Milliarden Mal</translation>
    </message>
    <message>
        <source>{n} million times</source>
        <translation>{n} Millionen Mal</translation>
    </message>
    <message>
        <source>infinitely many times</source>
        <translation>unendlich oft</translation>
    </message>
    <message>
        <source>{n} times</source>
        <translation>{n}-mal</translation>
    </message>
    <message>
        <source>about {times}</source>
        <translation>etwa {times}</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>Text at %1 %: larger would not fit this screen.</source>
        <translation>Schrift bei %1 %: größer würde nicht auf diesen Bildschirm passen.</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>blue = positive, orange = negative, background colour = zero</source>
        <translation>blau = positiv, orange = negativ, Hintergrundfarbe = null</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;File</source>
        <translation type="vanished">&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation type="vanished">&amp;Training</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="vanished">&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="vanished">&amp;Hilfe</translation>
    </message>
</context>
</TS>
