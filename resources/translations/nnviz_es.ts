<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>C₀ = (a(L) − y)²: the chain rule multiplies the derivatives along the arrows, from C₀ back to each weight</source>
        <translation type="vanished">C₀ = (a(L) − y)²: la regla de la cadena multiplica las derivadas a lo largo de las flechas, desde C₀ hasta cada peso</translation>
    </message>
    <message>
        <source>Lessons&apos; setup (≈ 93 %)</source>
        <translation>Configuración de las lecciones (≈ 93 %)</translation>
    </message>
    <message>
        <source>3b1b: 96 %</source>
        <translation>3b1b: 96 %</translation>
    </message>
    <message>
        <source>Big: 98 %</source>
        <translation>Grande: 98 %</translation>
    </message>
    <message>
        <source>Steps too big: the cost stops falling. Try η = {to:g}.</source>
        <translation>Pasos demasiado grandes: el coste deja de bajar. Pruebe η = {to:g}.</translation>
    </message>
    <message>
        <source>Each step jumps past the bottom of the valley, so the cost cannot settle ({acc:.0%} right at η = {lr:g}). A smaller learning rate takes smaller steps.</source>
        <translation>Cada paso salta más allá del fondo del valle, así que el coste no puede asentarse ({acc:.0%} correctas con η = {lr:g}). Una tasa de aprendizaje menor da pasos más pequeños.</translation>
    </message>
    <message>
        <source>ReLUs blown up or dead: no gradient flows. Try Init: scaled, η = {lr:g}.</source>
        <translation>ReLU disparadas o muertas: no fluye ningún gradiente. Pruebe Inicialización: escalada, η = {lr:g}.</translation>
    </message>
    <message>
        <source>With N(0, 1) weights the ReLUs&apos; values grow so large that the outputs are stuck at 0 or 1 ({pinned:.0%} of them), and {dead:.0%} of a hidden layer&apos;s ReLUs give 0 for every image: dead, they pass no gradient back.</source>
        <translation>Con pesos N(0, 1) los valores de las ReLU crecen tanto que las salidas se quedan en 0 o 1 ({pinned:.0%} de ellas), y el {dead:.0%} de las ReLU de una capa oculta dan 0 para cada imagen: muertas, no devuelven ningún gradiente.</translation>
    </message>
    <message>
        <source>Outputs stuck at 0 or 1: the sigmoid is flat there. Try Init: scaled.</source>
        <translation>Salidas atascadas en 0 o 1: ahí la sigmoide es plana. Pruebe Inicialización: escalada.</translation>
    </message>
    <message>
        <source>For almost every image the outputs sit where the sigmoid is flat, so the gradient is nearly zero. Scaled initial weights, or the cross-entropy cost, keep them learning.</source>
        <translation>Para casi todas las imágenes las salidas están donde la sigmoide es plana, así que el gradiente es casi cero. Unos pesos iniciales escalados, o el coste de entropía cruzada, las mantienen aprendiendo.</translation>
    </message>
    <message>
        <source>{n} hidden neurons are too few for {k} classes. Try {to}.</source>
        <translation>{n} neuronas ocultas son muy pocas para {k} clases. Pruebe {to}.</translation>
    </message>
    <message>
        <source>A hidden layer of {n} neurons cannot carry enough about the image to tell {k} classes apart ({acc:.0%} right).</source>
        <translation>Una capa oculta de {n} neuronas no puede transmitir lo suficiente de la imagen para distinguir {k} clases ({acc:.0%} correctas).</translation>
    </message>
    <message>
        <source>{n} hidden neurons are too few for ten digits. Try {to}.</source>
        <translation>{n} neuronas ocultas son muy pocas para diez dígitos. Pruebe {to}.</translation>
    </message>
    <message>
        <source>A hidden layer of {n} neurons cannot carry enough about the image to tell ten digits apart ({acc:.0%} right). Layers 784,16,16,10 can.</source>
        <translation>Una capa oculta de {n} neuronas no puede transmitir lo suficiente de la imagen para distinguir diez dígitos ({acc:.0%} correctas). Las capas 784,16,16,10 sí pueden.</translation>
    </message>
    <message>
        <source>What is a neural network?</source>
        <translation>¿Qué es una red neuronal?</translation>
    </message>
    <message>
        <source>Neurons hold numbers</source>
        <translation>Las neuronas contienen números</translation>
    </message>
    <message>
        <source>The picture in the middle is a network that already learned to read digits. Each circle is a neuron holding one number between 0 and 1, its &lt;b&gt;activation&lt;/b&gt;: white is 1, black is 0. The input layer is the image itself, 28 × 28 = 784 pixels.</source>
        <translation>La imagen del centro es una red que ya aprendió a leer dígitos. Cada círculo es una neurona que contiene un número entre 0 y 1, su &lt;b&gt;activación&lt;/b&gt;: blanco es 1, negro es 0. La capa de entrada es la propia imagen, 28 × 28 = 784 píxeles.</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>Activations flow left to right: 784 inputs, two hidden layers of 16 neurons, 10 outputs, one per digit. The brightest output is the network&apos;s answer.</source>
        <translation>Las activaciones fluyen de izquierda a derecha: 784 entradas, dos capas ocultas de 16 neuronas, 10 salidas, una por dígito. La salida más brillante es la respuesta de la red.</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>Dibujar un dígito</translation>
    </message>
    <message>
        <source>Draw any digit on the pad with the mouse. The network reads it at once; the bars beside the pad are the ten output activations.</source>
        <translation>Dibuje cualquier dígito en el lienzo con el ratón. La red lo lee al instante; las barras junto al lienzo son las diez activaciones de salida.</translation>
    </message>
    <message>
        <source>Your turn: draw a digit on the pad.</source>
        <translation>Su turno: dibuje un dígito en el lienzo.</translation>
    </message>
    <message>
        <source>Weights: what a neuron looks for</source>
        <translation>Pesos: lo que busca una neurona</translation>
    </message>
    <message>
        <source>A first-layer neuron adds up all 784 pixels, each multiplied by its own &lt;b&gt;weight&lt;/b&gt;. Drawn as a 28 × 28 picture, blue weights are pixels it wants lit and orange ones pixels it wants dark. Click any neuron of the first hidden layer to open its weights.</source>
        <translation>Una neurona de la primera capa suma los 784 píxeles, cada uno multiplicado por su propio &lt;b&gt;peso&lt;/b&gt;. Dibujados como una imagen de 28 × 28, los pesos azules son píxeles que quiere iluminados y los naranjas píxeles que quiere oscuros. Haga clic en cualquier neurona de la primera capa oculta para abrir sus pesos.</translation>
    </message>
    <message>
        <source>Your turn: click a neuron in the first hidden layer.</source>
        <translation>Su turno: haga clic en una neurona de la primera capa oculta.</translation>
    </message>
    <message>
        <source>Bias and sigmoid</source>
        <translation>Sesgo y sigmoide</translation>
    </message>
    <message>
        <source>The weighted sum plus a &lt;b&gt;bias&lt;/b&gt; is z = w·a + b. The bias says how high the sum must be before the neuron lights up. The &lt;b&gt;sigmoid&lt;/b&gt; σ(z) squashes z into 0…1, and that is the neuron&apos;s activation.</source>
        <translation>La suma ponderada más un &lt;b&gt;sesgo&lt;/b&gt; es z = w·a + b. El sesgo dice lo alta que debe ser la suma antes de que la neurona se encienda. La &lt;b&gt;sigmoide&lt;/b&gt; σ(z) comprime z en 0…1, y esa es la activación de la neurona.</translation>
    </message>
    <message>
        <source>Every neuron, through its own eyes</source>
        <translation>Cada neurona, con sus propios ojos</translation>
    </message>
    <message>
        <source>This view multiplies the digit in the diagram by each neuron&apos;s weights: the bright parts are where the digit matches what the neuron looks for.</source>
        <translation>Esta vista multiplica el dígito del diagrama por los pesos de cada neurona: las partes brillantes son donde el dígito coincide con lo que busca la neurona.</translation>
    </message>
    <message>
        <source>13,002 knobs</source>
        <translation>13.002 perillas</translation>
    </message>
    <message>
        <source>784·16 + 16·16 + 16·10 weights and 16 + 16 + 10 biases: 13,002 numbers. Learning means finding good values for all of them. How? That is lesson 2.</source>
        <translation>784·16 + 16·16 + 16·10 pesos y 16 + 16 + 10 sesgos: 13.002 números. Aprender significa encontrar buenos valores para todos ellos. ¿Cómo? Esa es la lección 2.</translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation>Descenso de gradiente</translation>
    </message>
    <message>
        <source>Start from random weights</source>
        <translation>Empezar con pesos aleatorios</translation>
    </message>
    <message>
        <source>This network has random weights and biases: its outputs are noise, and it gets about one digit in ten right.</source>
        <translation>Esta red tiene pesos y sesgos aleatorios: sus salidas son ruido y acierta aproximadamente uno de cada diez dígitos.</translation>
    </message>
    <message>
        <source>The cost</source>
        <translation>El coste</translation>
    </message>
    <message>
        <source>For one example, the &lt;b&gt;cost&lt;/b&gt; adds up the squared differences between the ten outputs and what they should be (1 for the right digit, 0 for the rest). Averaged over all training examples, it measures how bad the network is.</source>
        <translation>Para un ejemplo, el &lt;b&gt;coste&lt;/b&gt; suma las diferencias al cuadrado entre las diez salidas y lo que deberían ser (1 para el dígito correcto, 0 para los demás). Promediado sobre todos los ejemplos de entrenamiento, mide lo mala que es la red.</translation>
    </message>
    <message>
        <source>The gradient points uphill</source>
        <translation>El gradiente apunta cuesta arriba</translation>
    </message>
    <message>
        <source>The cost is a function of all 13,002 weights and biases. Its &lt;b&gt;gradient&lt;/b&gt; says which way to nudge each of them to make the cost rise fastest; gradient descent steps the other way. The landscape shows the cost along two directions.</source>
        <translation>El coste es una función de los 13.002 pesos y sesgos. Su &lt;b&gt;gradiente&lt;/b&gt; dice en qué sentido empujar cada uno para que el coste suba lo más rápido posible; el descenso de gradiente da el paso en sentido contrario. El paisaje muestra el coste a lo largo de dos direcciones.</translation>
    </message>
    <message>
        <source>One step</source>
        <translation>Un paso</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Step mini-batch&lt;/b&gt; (F10): the network takes one step downhill, computed from 10 examples, a &lt;b&gt;mini-batch&lt;/b&gt;.</source>
        <translation>Pulse &lt;b&gt;Paso de mini-lote&lt;/b&gt; (F10): la red da un paso cuesta abajo, calculado a partir de 10 ejemplos, un &lt;b&gt;mini-lote&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Your turn: press Step mini-batch (F10).</source>
        <translation>Su turno: pulse Paso de mini-lote (F10).</translation>
    </message>
    <message>
        <source>Watch it learn</source>
        <translation>Verla aprender</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Train&lt;/b&gt; (F5). At the lesson pace the first mini-batches come slowly and the pace quickens as the cost flattens: watch the weights take shape.</source>
        <translation>Pulse &lt;b&gt;Entrenar&lt;/b&gt; (F5). Al ritmo de la lección los primeros mini-lotes llegan despacio y el ritmo se acelera a medida que el coste se aplana: observe cómo los pesos toman forma.</translation>
    </message>
    <message>
        <source>Your turn: press Train (F5).</source>
        <translation>Su turno: pulse Entrenar (F5).</translation>
    </message>
    <message>
        <source>Mini-batches are noisy</source>
        <translation>Los mini-lotes son ruidosos</translation>
    </message>
    <message>
        <source>A mini-batch&apos;s gradient only estimates the full gradient, so each step wobbles — like a drunk walking downhill. It is much cheaper, so it wins.</source>
        <translation>El gradiente de un mini-lote solo estima el gradiente completo, así que cada paso se tambalea, como un borracho que baja una cuesta. Es mucho más barato, y por eso gana.</translation>
    </message>
    <message>
        <source>The step size η</source>
        <translation>El tamaño del paso η</translation>
    </message>
    <message>
        <source>The learning rate &lt;b&gt;η&lt;/b&gt; scales every step. Set it to 100 in the Training panel and watch what the cost does; the line at the bottom of the window says what went wrong. Then set it back to 3.</source>
        <translation>La tasa de aprendizaje &lt;b&gt;η&lt;/b&gt; escala cada paso. Póngala a 100 en el panel de entrenamiento y observe qué hace el coste; la línea de abajo de la ventana dice qué salió mal. Después vuelva a ponerla a 3.</translation>
    </message>
    <message>
        <source>Your turn: change the learning rate.</source>
        <translation>Su turno: cambie la tasa de aprendizaje.</translation>
    </message>
    <message>
        <source>Watch the first epoch again</source>
        <translation>Ver de nuevo la primera época</translation>
    </message>
    <message>
        <source>The replay bar under the views recorded the run, densely at the start where the network changes most. Drag it to the left to see the first epoch again.</source>
        <translation>La barra de repetición bajo las vistas grabó la ejecución, con más densidad al principio, donde la red cambia más. Arrástrela a la izquierda para ver de nuevo la primera época.</translation>
    </message>
    <message>
        <source>Your turn: drag the replay bar.</source>
        <translation>Su turno: arrastre la barra de repetición.</translation>
    </message>
    <message>
        <source>What backpropagation does</source>
        <translation>Qué hace la retropropagación</translation>
    </message>
    <message>
        <source>What does this example want?</source>
        <translation>¿Qué quiere este ejemplo?</translation>
    </message>
    <message>
        <source>Take one training example. Each output neuron should move towards its target: up for the right digit, down for the others. The arrows are these &lt;b&gt;nudges&lt;/b&gt;, bigger where the output is further off.</source>
        <translation>Tome un ejemplo de entrenamiento. Cada neurona de salida debería moverse hacia su objetivo: hacia arriba para el dígito correcto, hacia abajo para los demás. Las flechas son esos &lt;b&gt;empujones&lt;/b&gt;, mayores donde la salida está más lejos.</translation>
    </message>
    <message>
        <source>Three levers</source>
        <translation>Tres palancas</translation>
    </message>
    <message>
        <source>To raise one output neuron, backpropagation can raise its &lt;b&gt;bias&lt;/b&gt;, change its &lt;b&gt;weights&lt;/b&gt; (those from bright neurons matter most), or change the previous layer&apos;s &lt;b&gt;activations&lt;/b&gt; in proportion to the weights.</source>
        <translation>Para subir una neurona de salida, la retropropagación puede subir su &lt;b&gt;sesgo&lt;/b&gt;, cambiar sus &lt;b&gt;pesos&lt;/b&gt; (los que vienen de neuronas brillantes son los que más importan) o cambiar las &lt;b&gt;activaciones&lt;/b&gt; de la capa anterior en proporción a los pesos.</translation>
    </message>
    <message>
        <source>Wishes for the layer before</source>
        <translation>Deseos para la capa anterior</translation>
    </message>
    <message>
        <source>Every output neuron has wishes for the last hidden layer. Added together they say how that layer should change; the same reasoning then repeats one layer further back. That is why it is called &lt;b&gt;backpropagation&lt;/b&gt;.</source>
        <translation>Cada neurona de salida tiene deseos para la última capa oculta. Sumados, dicen cómo debería cambiar esa capa; el mismo razonamiento se repite luego una capa más atrás. Por eso se llama &lt;b&gt;retropropagación&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Ask for another digit</source>
        <translation>Pedir otro dígito</translation>
    </message>
    <message>
        <source>Pick a different wanted digit above the arrows and watch every wish change.</source>
        <translation>Elija otro dígito deseado encima de las flechas y observe cómo cambia cada deseo.</translation>
    </message>
    <message>
        <source>Your turn: click a wanted digit.</source>
        <translation>Su turno: haga clic en un dígito deseado.</translation>
    </message>
    <message>
        <source>Many examples, one step</source>
        <translation>Muchos ejemplos, un paso</translation>
    </message>
    <message>
        <source>A real step does not follow one example. Each example of a &lt;b&gt;mini-batch&lt;/b&gt; has its own wishes; their &lt;b&gt;average&lt;/b&gt; is the step gradient descent takes.</source>
        <translation>Un paso real no sigue a un solo ejemplo. Cada ejemplo de un &lt;b&gt;mini-lote&lt;/b&gt; tiene sus propios deseos; su &lt;b&gt;media&lt;/b&gt; es el paso que da el descenso de gradiente.</translation>
    </message>
    <message>
        <source>Your turn: pick another mini-batch.</source>
        <translation>Su turno: elija otro mini-lote.</translation>
    </message>
    <message>
        <source>Take the step</source>
        <translation>Dar el paso</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Step mini-batch&lt;/b&gt; (F10). Training starts from fresh random weights, so the wishes are big. The panel shows the images the step trained on and their cost before and after it.</source>
        <translation>Pulse &lt;b&gt;Paso de mini-lote&lt;/b&gt; (F10). El entrenamiento empieza con pesos aleatorios nuevos, así que los deseos son grandes. El panel muestra las imágenes con las que se entrenó el paso y su coste antes y después.</translation>
    </message>
    <message>
        <source>Which knobs matter</source>
        <translation>Qué perillas importan</translation>
    </message>
    <message>
        <source>Averaged over many examples, the gradient says how sensitive the cost is to each weight and bias: a few matter a lot, most very little.</source>
        <translation>Promediado sobre muchos ejemplos, el gradiente dice lo sensible que es el coste a cada peso y sesgo: unos pocos importan mucho, la mayoría muy poco.</translation>
    </message>
    <message>
        <source>Backpropagation calculus</source>
        <translation>Cálculo de la retropropagación</translation>
    </message>
    <message>
        <source>One neuron per layer</source>
        <translation>Una neurona por capa</translation>
    </message>
    <message>
        <source>The simplest network: a chain of single neurons, a(L−2) → a(L−1) → a(L), and the cost of one example, C₀ = (a(L) − y)².</source>
        <translation>La red más sencilla: una cadena de neuronas sueltas, a(L−2) → a(L−1) → a(L), y el coste de un ejemplo, C₀ = (a(L) − y)².</translation>
    </message>
    <message>
        <source>The last link</source>
        <translation>El último eslabón</translation>
    </message>
    <message>
        <source>The last neuron computes z(L) = w(L)·a(L−1) + b(L) and a(L) = σ(z(L)). The picture writes the current values on each link.</source>
        <translation>La última neurona calcula z(L) = w(L)·a(L−1) + b(L) y a(L) = σ(z(L)). La imagen escribe los valores actuales en cada eslabón.</translation>
    </message>
    <message>
        <source>The chain rule</source>
        <translation>La regla de la cadena</translation>
    </message>
    <message>
        <source>A small change in w(L) changes z(L), which changes a(L), which changes C₀. So ∂C₀/∂w(L) = ∂z/∂w · ∂a/∂z · ∂C₀/∂a = a(L−1) · σ′(z) · 2(a − y): three factors, shown in the table.</source>
        <translation>Un pequeño cambio en w(L) cambia z(L), que cambia a(L), que cambia C₀. Así que ∂C₀/∂w(L) = ∂z/∂w · ∂a/∂z · ∂C₀/∂a = a(L−1) · σ′(z) · 2(a − y): tres factores, mostrados en la tabla.</translation>
    </message>
    <message>
        <source>Slide w</source>
        <translation>Deslizar w</translation>
    </message>
    <message>
        <source>Drag w. The plot shows C₀ against w; the yellow tangent&apos;s slope is the product of the three factors.</source>
        <translation>Arrastre w. La gráfica muestra C₀ frente a w; la pendiente de la tangente amarilla es el producto de los tres factores.</translation>
    </message>
    <message>
        <source>Your turn: drag the w slider.</source>
        <translation>Su turno: arrastre el control deslizante de w.</translation>
    </message>
    <message>
        <source>The bias</source>
        <translation>El sesgo</translation>
    </message>
    <message>
        <source>For the bias the first factor is 1, since ∂z/∂b = 1: ∂C₀/∂b = σ′(z) · 2(a − y).</source>
        <translation>Para el sesgo el primer factor es 1, ya que ∂z/∂b = 1: ∂C₀/∂b = σ′(z) · 2(a − y).</translation>
    </message>
    <message>
        <source>One layer further back</source>
        <translation>Una capa más atrás</translation>
    </message>
    <message>
        <source>∂C₀/∂a(L−1) = w · σ′(z) · 2(a − y) tells how the cost feels the previous activation. Repeat the same rule one link back and you reach a(L−2): the picture writes these derivatives under each neuron.</source>
        <translation>∂C₀/∂a(L−1) = w · σ′(z) · 2(a − y) dice cómo siente el coste la activación anterior. Repita la misma regla un eslabón más atrás y llegará a a(L−2): la imagen escribe estas derivadas bajo cada neurona.</translation>
    </message>
    <message>
        <source>Many neurons</source>
        <translation>Muchas neuronas</translation>
    </message>
    <message>
        <source>With many neurons per layer nothing new happens: a neuron&apos;s activation influences every neuron of the next layer, so its derivative is a sum over them. The backprop panel shows those sums for the real network.</source>
        <translation>Con muchas neuronas por capa no ocurre nada nuevo: la activación de una neurona influye en todas las neuronas de la capa siguiente, así que su derivada es una suma sobre ellas. El panel de retropropagación muestra esas sumas para la red real.</translation>
    </message>
    <message>
        <source>Free exploration</source>
        <translation>Exploración libre</translation>
    </message>
    <message>
        <source>each mini-batch</source>
        <translation type="vanished">cada mini-lote</translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation type="vanished">suavizado</translation>
    </message>
    <message>
        <source>training</source>
        <translation type="vanished">entrenamiento</translation>
    </message>
    <message>
        <source>test</source>
        <translation type="vanished">prueba</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation type="vanished">precisión de prueba</translation>
    </message>
    <message>
        <source>blue: raise w to lower C</source>
        <translation type="vanished">azul: subir w baja C</translation>
    </message>
    <message>
        <source>  orange: lower w</source>
        <translation type="vanished">  naranja: bajar w</translation>
    </message>
    <message>
        <source>  (saturates at |∂C/∂w| = %1)</source>
        <translation type="vanished">  (se satura en |∂C/∂w| = %1)</translation>
    </message>
    <message>
        <source>weight</source>
        <translation type="vanished">peso</translation>
    </message>
    <message>
        <source>+ blue</source>
        <translation type="vanished">+ azul</translation>
    </message>
    <message>
        <source>− orange   activation  0</source>
        <translation type="vanished">− naranja   activación  0</translation>
    </message>
    <message>
        <source>Presenting</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Full screen with larger text, for a projector</source>
        <translation>Pantalla completa con texto más grande, para un proyector</translation>
    </message>
    <message>
        <source>Show the view in use alone</source>
        <translation>Mostrar sola la vista en uso</translation>
    </message>
    <message>
        <source>The view under the mouse fills the window; again to go back (or double-click a view&apos;s title)</source>
        <translation>La vista bajo el ratón ocupa la ventana; de nuevo para volver (o doble clic en el título de una vista)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Zoom all text in</source>
        <translation>Ampliar todo el texto</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>Zoom all text out</source>
        <translation>Reducir todo el texto</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Tamaño de texto normal</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Light (projectors)</source>
        <translation>Claro (proyectores)</translation>
    </message>
</context>
<context>
    <name>AbstentionPlot</name>
    <message>
        <source>confidence threshold</source>
        <translation>umbral de confianza</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>respondidas</translation>
    </message>
    <message>
        <source>accuracy of answered</source>
        <translation>precisión de las respondidas</translation>
    </message>
</context>
<context>
    <name>AugmentControls</name>
    <message>
        <source>Augmentation</source>
        <translation>Aumento de datos</translation>
    </message>
    <message>
        <source>Show the network a freshly jittered copy of each training image: it learns what doesn&apos;t matter (a little noise, a slight turn or shift). Switches on and off immediately, also during training.</source>
        <translation>Muestra a la red una copia recién alterada de cada imagen de entrenamiento: aprende lo que no importa (un poco de ruido, un ligero giro o desplazamiento). Se activa y desactiva al instante, también durante el entrenamiento.</translation>
    </message>
    <message>
        <source>Gaussian noise: σ of the random value added to every pixel (pixels run from 0 to 1).</source>
        <translation>Ruido gaussiano: σ del valor aleatorio que se suma a cada píxel (los píxeles van de 0 a 1).</translation>
    </message>
    <message>
        <source>Each image turns by a random angle up to this many degrees, either way.</source>
        <translation>Cada imagen gira un ángulo aleatorio de hasta estos grados, en uno u otro sentido.</translation>
    </message>
    <message>
        <source>Each image moves by a random whole number of pixels up to this, horizontally and vertically.</source>
        <translation>Cada imagen se desplaza un número entero aleatorio de píxeles hasta este valor, en horizontal y en vertical.</translation>
    </message>
    <message>
        <source>Noise σ</source>
        <translation>Ruido σ</translation>
    </message>
    <message>
        <source>Rotation ±</source>
        <translation>Rotación ±</translation>
    </message>
    <message>
        <source>Shift ±</source>
        <translation>Desplazamiento ±</translation>
    </message>
    <message>
        <source>off</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>AutosaveController</name>
    <message>
        <source>Restore autosave</source>
        <translation>Restaurar el guardado automático</translation>
    </message>
    <message>
        <source>Load the model nnviz saved automatically during training</source>
        <translation>Cargar el modelo que nnviz guardó automáticamente durante el entrenamiento</translation>
    </message>
    <message>
        <source>Load {path} (saved {when})</source>
        <translation>Cargar {path} (guardado {when})</translation>
    </message>
    <message>
        <source>A model autosaved on {when} is available: File ▸ Restore autosave (Ctrl+Shift+O).</source>
        <translation>Hay un modelo guardado automáticamente el {when}: Archivo ▸ Restaurar el guardado automático (Ctrl+Mayús+O).</translation>
    </message>
    <message>
        <source>Autosave failed: {error}</source>
        <translation>Falló el guardado automático: {error}</translation>
    </message>
    <message>
        <source>Autosaved epoch {epoch} to {path}.</source>
        <translation>Época {epoch} guardada automáticamente en {path}.</translation>
    </message>
    <message>
        <source>Restored the autosave from {path}.</source>
        <translation>Guardado automático restaurado desde {path}.</translation>
    </message>
</context>
<context>
    <name>BackgroundRead</name>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
</context>
<context>
    <name>BackpropPanel</name>
    <message>
        <source>Backprop: one example</source>
        <translation>Retropropagación: un ejemplo</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Keep this example in the diagram instead of cycling through training examples (F4 follows them again).</source>
        <translation>Mantener este ejemplo en el diagrama en lugar de recorrer los ejemplos de entrenamiento (F4 vuelve a seguirlos).</translation>
    </message>
    <message>
        <source>Next example</source>
        <translation>Siguiente ejemplo</translation>
    </message>
    <message>
        <source>Explain another training example (the diagram keeps the one being explained until you ask).</source>
        <translation>Explicar otro ejemplo de entrenamiento (el diagrama conserva el que se explica hasta que lo pida).</translation>
    </message>
    <message>
        <source>η = </source>
        <translation>η = </translation>
    </message>
    <message>
        <source>The learning rate of the one-example step: w ← w − η ∂C/∂w.</source>
        <translation>La tasa de aprendizaje del paso de un ejemplo: w ← w − η ∂C/∂w.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Apply exactly this example&apos;s gradient step (Ctrl+B) to a copy of the network and make it the current one.
A training run in progress is stopped: the stepped network replaces the one being trained.</source>
        <translation>Aplicar exactamente el paso de gradiente de este ejemplo (Ctrl+B) a una copia de la red y convertirla en la actual.
Un entrenamiento en curso se detiene: la red tras el paso sustituye a la que se estaba entrenando.</translation>
    </message>
    <message>
        <source>The nudge each output neuron wants, −∂C/∂a: up for the wanted digit, down for the others; for the quadratic cost exactly y − a.
Click a neuron to see the three ways to raise it.</source>
        <translation>El empujón que quiere cada neurona de salida, −∂C/∂a: hacia arriba para el dígito deseado, hacia abajo para los demás; con el coste cuadrático, exactamente y − a.
Haga clic en una neurona para ver las tres formas de subirla.</translation>
    </message>
    <message>
        <source>The chosen output neuron&apos;s inputs, most useful weight lever first. −∂C/∂w_jk is backprop&apos;s gradient for this one example.</source>
        <translation>Las entradas de la neurona de salida elegida, primero la palanca de peso más útil. −∂C/∂w_jk es el gradiente de la retropropagación para este único ejemplo.</translation>
    </message>
    <message>
        <source>wanted:</source>
        <translation>deseado:</translation>
    </message>
    <message>
        <source>One example</source>
        <translation>Un ejemplo</translation>
    </message>
    <message>
        <source>Mini-batch: the average</source>
        <translation>Mini-lote: la media</translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation>Aún no hay red.</translation>
    </message>
    <message>
        <source>No input in the diagram yet.</source>
        <translation>Aún no hay entrada en el diagrama.</translation>
    </message>
    <message>
        <source>The network does not take this input.</source>
        <translation>La red no admite esta entrada.</translation>
    </message>
    <message>
        <source>label {label}</source>
        <translation>etiqueta {label}</translation>
    </message>
    <message>
        <source>no label: pick the digit it should be</source>
        <translation>sin etiqueta: elija el dígito que debería ser</translation>
    </message>
    <message>
        <source>no label: pick the class it should be</source>
        <translation>sin etiqueta: elija la clase que debería ser</translation>
    </message>
    <message>
        <source>output nudges, {formula}</source>
        <translation>empujones de la salida, {formula}</translation>
    </message>
    <message>
        <source>wishes for hidden {layer}</source>
        <translation>deseos para oculta {layer}</translation>
    </message>
    <message>
        <source>one layer back: hidden {layer}</source>
        <translation>una capa atrás: oculta {layer}</translation>
    </message>
    <message>
        <source>What all output neurons together want from hidden layer {layer}: −∂C/∂a, each neuron&apos;s nudges times its weights, summed.</source>
        <translation>Lo que todas las neuronas de salida juntas quieren de la capa oculta {layer}: −∂C/∂a, los empujones de cada neurona por sus pesos, sumados.</translation>
    </message>
    <message>
        <source>What all output neurons together want from hidden layer {layer}: −∂C/∂a, each neuron&apos;s nudges times its weights, summed, propagated one layer further.</source>
        <translation>Lo que todas las neuronas de salida juntas quieren de la capa oculta {layer}: −∂C/∂a, los empujones de cada neurona por sus pesos, sumados y propagados una capa más atrás.</translation>
    </message>
    <message>
        <source>Output {name}: a = {a:.4f}, wants y = {y:.0f}, nudge {nudge:+.4f}. ∂a/∂b = {da_db:.4f}, so −∂C/∂b = {db:+.4f} (backprop). Cost of this example C = {C:.4f}.</source>
        <translation>Salida {name}: a = {a:.4f}, quiere y = {y:.0f}, empujón {nudge:+.4f}. ∂a/∂b = {da_db:.4f}, así que −∂C/∂b = {db:+.4f} (retropropagación). Coste de este ejemplo C = {C:.4f}.</translation>
    </message>
    <message>
        <source>Step applied: this example&apos;s cost {before:.4f} → {after:.4f} (first-order estimate {estimate:.4f}).</source>
        <translation>Paso aplicado: coste de este ejemplo {before:.4f} → {after:.4f} (estimación de primer orden {estimate:.4f}).</translation>
    </message>
    <message>
        <source>One-example step: cost {before:.4f} → {after:.4f}</source>
        <translation>Paso de un ejemplo: coste {before:.4f} → {after:.4f}</translation>
    </message>
    <message>
        <source>The nudge each output neuron wants, −∂C/∂a: up for the wanted class, down for the others; for the quadratic cost exactly y − a.
Click a neuron to see the three ways to raise it.</source>
        <translation>El empujón que quiere cada neurona de salida, −∂C/∂a: hacia arriba para la clase deseada, hacia abajo para las demás; con el coste cuadrático, exactamente y − a.
Haga clic en una neurona para ver las tres formas de subirla.</translation>
    </message>
    <message>
        <source>Ask the network for {name}: y = 1 for {name}, 0 for the others</source>
        <translation>Pedir a la red {name}: y = 1 para {name}, 0 para los demás</translation>
    </message>
    <message>
        <source>A random mini-batch of {n} training examples:</source>
        <translation type="vanished">Un mini-lote aleatorio de {n} ejemplos de entrenamiento:</translation>
    </message>
    <message>
        <source>training example {i:,}</source>
        <translation>ejemplo de entrenamiento {i:,}</translation>
    </message>
</context>
<context>
    <name>BatchPage</name>
    <message>
        <source>A training step does not follow one example. Every example of the mini-batch has its own wishes; gradient descent moves by their &lt;b&gt;average&lt;/b&gt; (last row).</source>
        <translation>Un paso de entrenamiento no sigue a un solo ejemplo. Cada ejemplo del mini-lote tiene sus propios deseos; el descenso de gradiente avanza según su &lt;b&gt;media&lt;/b&gt; (última fila).</translation>
    </message>
    <message>
        <source>Pick another mini-batch</source>
        <translation>Elegir otro mini-lote</translation>
    </message>
    <message>
        <source>Take a random mini-batch from the training set.</source>
        <translation>Tomar un mini-lote aleatorio del conjunto de entrenamiento.</translation>
    </message>
    <message>
        <source>show </source>
        <translation>mostrar </translation>
    </message>
    <message>
        <source> examples</source>
        <translation> ejemplos</translation>
    </message>
    <message>
        <source>&lt;b&gt;image&lt;/b&gt;</source>
        <translation>&lt;b&gt;imagen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;wishes: outputs&lt;/b&gt;</source>
        <translation>&lt;b&gt;deseos: salidas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A random mini-batch of {n} training examples:</source>
        <translation>Un mini-lote aleatorio de {n} ejemplos de entrenamiento:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step mini-batch&lt;/b&gt; trained on these {n} images. Their cost: &lt;b&gt;{b:.4f} → {a:.4f}&lt;/b&gt; ({d:+.1f} %) after one step down the average gradient.</source>
        <translation>&lt;b&gt;Paso de mini-lote&lt;/b&gt; entrenado con estas {n} imágenes. Su coste: &lt;b&gt;{b:.4f} → {a:.4f}&lt;/b&gt; ({d:+.1f} %) tras un paso en la dirección del gradiente medio.</translation>
    </message>
    <message>
        <source>What each of them wanted just before the step:</source>
        <translation>Lo que quería cada uno justo antes del paso:</translation>
    </message>
    <message>
        <source>&lt;b&gt;last hidden layer&lt;/b&gt;</source>
        <translation>&lt;b&gt;última capa oculta&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;average&lt;/b&gt;&lt;br&gt;of all {n}&lt;br&gt;(×{f:.0f})</source>
        <translation>&lt;b&gt;media&lt;/b&gt;&lt;br&gt;de las {n}&lt;br&gt;(×{f:.0f})</translation>
    </message>
    <message>
        <source>The mean of every example&apos;s wishes: the direction of the step. Drawn magnified by the factor shown, since the wishes partly cancel.</source>
        <translation>La media de los deseos de todos los ejemplos: la dirección del paso. Dibujada ampliada por el factor indicado, ya que los deseos se anulan en parte.</translation>
    </message>
    <message>
        <source>wants {t}, cost {c:.3f}</source>
        <translation>quiere {t}, coste {c:.3f}</translation>
    </message>
</context>
<context>
    <name>ChainPanel</name>
    <message>
        <source>the weight of the last link</source>
        <translation>el peso del último eslabón</translation>
    </message>
    <message>
        <source>the bias of the last neuron</source>
        <translation>el sesgo de la última neurona</translation>
    </message>
    <message>
        <source>the previous neuron&apos;s activation, this link&apos;s input</source>
        <translation>la activación de la neurona anterior, la entrada de este eslabón</translation>
    </message>
    <message>
        <source>the desired output</source>
        <translation>la salida deseada</translation>
    </message>
    <message>
        <source>(a − y)²  (no ½)</source>
        <translation>(a − y)²  (sin ½)</translation>
    </message>
    <message>
        <source>check</source>
        <translation>comprobación</translation>
    </message>
    <message>
        <source>The toy follows the video: C₀ = (a − y)², so ∂C₀/∂a = 2(a − y). The app&apos;s networks use the seed&apos;s ½(a − y)², whose gradients are half as large.</source>
        <translation>El juguete sigue el vídeo: C₀ = (a − y)², así que ∂C₀/∂a = 2(a − y). Las redes de la aplicación usan ½(a − y)², cuyos gradientes son la mitad.</translation>
    </message>
    <message>
        <source>Chain rule: one neuron per layer</source>
        <translation>Regla de la cadena: una neurona por capa</translation>
    </message>
    <message>
        <source>{what} (arrow keys: 0.01, Page Up/Down: 0.25)</source>
        <translation>{what} (flechas: 0,01, Re Pág/Av Pág: 0,25)</translation>
    </message>
    <message>
        <source>C₀ = (a − y)², as in the video</source>
        <translation>C₀ = (a − y)², como en el vídeo</translation>
    </message>
    <message>
        <source>C₀ as a function of w (the other values fixed); the highlighted tangent has slope ∂C₀/∂w at the current w.</source>
        <translation>C₀ en función de w (los demás valores fijos); la tangente resaltada tiene pendiente ∂C₀/∂w en el w actual.</translation>
    </message>
    <message>
        <source>The chain of the lesson: each neuron&apos;s activation feeds the next through one weight and bias; C₀ compares a(L) with y. Under each neuron: how much C₀ changes when that activation changes (the chain rule, one link at a time).</source>
        <translation>La cadena de la lección: la activación de cada neurona alimenta a la siguiente a través de un peso y un sesgo; C₀ compara a(L) con y. Bajo cada neurona: cuánto cambia C₀ cuando cambia esa activación (la regla de la cadena, eslabón a eslabón).</translation>
    </message>
</context>
<context>
    <name>ChainPicture</name>
    <message>
        <source>C₀ = (a(L) − y)²: the chain rule multiplies the derivatives along the arrows, from C₀ back to each weight</source>
        <translation>C₀ = (a(L) − y)²: la regla de la cadena multiplica las derivadas a lo largo de las flechas, desde C₀ hasta cada peso</translation>
    </message>
</context>
<context>
    <name>CheckedSpinBox</name>
    <message>
        <source>{what} must be a whole number from {low} to {high}{note}.</source>
        <translation>{what} debe ser un número entero de {low} a {high}{note}.</translation>
    </message>
    <message>
        <source>{what} must be a number from {low} to {high}{note}.</source>
        <translation>{what} debe ser un número de {low} a {high}{note}.</translation>
    </message>
    <message>
        <source> Kept {value}.</source>
        <translation> Se mantiene {value}.</translation>
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
        <translation>cuadrático</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>entropía cruzada</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>scaled</source>
        <translation>escalada</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>constante</translation>
    </message>
    <message>
        <source>step</source>
        <translation>escalonado</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>coseno</translation>
    </message>
</context>
<context>
    <name>ClassNames</name>
    <message>
        <source>T-shirt/top</source>
        <translation>Camiseta/top</translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation>Pantalón</translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>Vestido</translation>
    </message>
    <message>
        <source>Coat</source>
        <translation>Abrigo</translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation>Sandalia</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>Camisa</translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation>Zapatilla</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>Bolso</translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation>Botín</translation>
    </message>
    <message>
        <source>Recognised: {name} ({value})</source>
        <comment>a class name, without an article</comment>
        <translation>Reconocido: {name} ({value})</translation>
    </message>
    <message>
        <source>Perhaps: {name} ({value})</source>
        <comment>a class name, without an article</comment>
        <translation>Quizá: {name} ({value})</translation>
    </message>
    <message>
        <source>It&apos;s an {digit} ({value})</source>
        <comment>a digit said with &apos;an&apos;</comment>
        <translation>Es un {digit} ({value})</translation>
    </message>
    <message>
        <source>It&apos;s a {digit} ({value})</source>
        <comment>a digit said with &apos;a&apos;</comment>
        <translation>Es un {digit} ({value})</translation>
    </message>
    <message>
        <source>Maybe an {digit} ({value})</source>
        <comment>a digit said with &apos;an&apos;</comment>
        <translation>Quizá un {digit} ({value})</translation>
    </message>
    <message>
        <source>Maybe a {digit} ({value})</source>
        <comment>a digit said with &apos;a&apos;</comment>
        <translation>Quizá un {digit} ({value})</translation>
    </message>
</context>
<context>
    <name>ClassOverview</name>
    <message>
        <source>training examples</source>
        <translation>ejemplos de entrenamiento</translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <source>Compare with a saved model…</source>
        <translation>Comparar con un modelo guardado…</translation>
    </message>
    <message>
        <source>Load an nnviz model file (.npz) and evaluate it on the same test images as the current network</source>
        <translation>Cargar un archivo de modelo de nnviz (.npz) y evaluarlo con las mismas imágenes de prueba que la red actual</translation>
    </message>
    <message>
        <source>Load a saved model to see its accuracy and confusion matrix beside the current network&apos;s.</source>
        <translation>Cargue un modelo guardado para ver su precisión y su matriz de confusión junto a las de la red actual.</translation>
    </message>
    <message>
        <source>Compare with a saved model</source>
        <translation>Comparar con un modelo guardado</translation>
    </message>
    <message>
        <source>nnviz model (*.npz)</source>
        <translation>modelo de nnviz (*.npz)</translation>
    </message>
    <message>
        <source>Cannot compare: {reason}</source>
        <translation>No se puede comparar: {reason}</translation>
    </message>
    <message>
        <source>current network: {accuracy:.2f} %</source>
        <translation>red actual: {accuracy:.2f} %</translation>
    </message>
    <message>
        <source>On {n:,} test images the two agree {agree:.1f} % of the time. Only the current network is right on {only_a:,}; only {name} on {only_b:,}.</source>
        <translation>En {n:,} imágenes de prueba, las dos coinciden el {agree:.1f} % de las veces. Solo la red actual acierta en {only_a:,}; solo {name} en {only_b:,}.</translation>
    </message>
</context>
<context>
    <name>ComputedPanel</name>
    <message>
        <source>{what} needs a network and training data: load a dataset in the Training panel first.</source>
        <translation>{what} necesita una red y datos de entrenamiento: cargue primero un conjunto de datos en el panel de entrenamiento.</translation>
    </message>
    <message>
        <source>The network and the data do not fit together; press Reset.</source>
        <translation>La red y los datos no encajan; pulse Reiniciar.</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <source>predicted →</source>
        <translation>predicho →</translation>
    </message>
    <message>
        <source>true →</source>
        <translation>real →</translation>
    </message>
    <message>
        <source>right</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>taken for {other}</source>
        <translation>confundido con {other}</translation>
    </message>
    <message>
        <source>true {true}, predicted {predicted}: {n:,} images ({share:.1f} % of the {true}s, {what}). Click to see them.</source>
        <translation>real {true}, predicho {predicted}: {n:,} imágenes ({share:.1f} % de los {true}, {what}). Haga clic para verlas.</translation>
    </message>
</context>
<context>
    <name>CostView</name>
    <message>
        <source>each mini-batch</source>
        <translation>cada mini-lote</translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation>suavizado</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>precisión de prueba</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>escala log.</translation>
    </message>
    <message>
        <source>Logarithmic cost axis: late, small improvements stay visible.</source>
        <translation>Eje de coste logarítmico: las mejoras pequeñas y tardías siguen siendo visibles.</translation>
    </message>
    <message>
        <source>first epoch</source>
        <translation>primera época</translation>
    </message>
    <message>
        <source>Zoom to the start of the run, where the cost falls fastest; untick to see the whole run again.</source>
        <translation>Ampliar el inicio de la ejecución, donde el coste baja más deprisa; desmarque para ver de nuevo toda la ejecución.</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>coste</translation>
    </message>
    <message>
        <source>test accuracy (%)</source>
        <translation>precisión (%)</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>precisión (%)</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>épocas</translation>
    </message>
    <message>
        <source>mini-batches</source>
        <translation>mini-lotes</translation>
    </message>
</context>
<context>
    <name>DamagePlot</name>
    <message>
        <source>accuracy (%)</source>
        <translation>precisión (%)</translation>
    </message>
    <message>
        <source>damage</source>
        <translation>daño</translation>
    </message>
    <message>
        <source>chance</source>
        <translation>azar</translation>
    </message>
</context>
<context>
    <name>DataController</name>
    <message>
        <source>Download MNIST</source>
        <translation>Descargar MNIST</translation>
    </message>
    <message>
        <source>Fetch the four MNIST files (about 11 MB), check them and keep them in your cache folder.</source>
        <translation>Descargar los cuatro archivos de MNIST (unos 11 MB), comprobarlos y guardarlos en su carpeta de caché.</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <source>Use MNIST .gz files you already have.</source>
        <translation>Usar archivos .gz de MNIST que ya tiene.</translation>
    </message>
    <message>
        <source>Use synthetic digits</source>
        <translation>Usar dígitos sintéticos</translation>
    </message>
    <message>
        <source>Digits drawn by nnviz itself: works offline, but they are not real handwriting.</source>
        <translation>Dígitos dibujados por el propio nnviz: funciona sin conexión, pero no son escritura a mano real.</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>Cargando {name}…</translation>
    </message>
    <message>
        <source>{name}: {train:,} training and {test:,} test images</source>
        <translation>{name}: {train:,} imágenes de entrenamiento y {test:,} de prueba</translation>
    </message>
    <message>
        <source> — generated by nnviz, not real handwriting</source>
        <translation> — generadas por nnviz, no son escritura a mano real</translation>
    </message>
    <message>
        <source>{message}
Still using {name}.</source>
        <translation>{message}
Se sigue usando {name}.</translation>
    </message>
    <message>
        <source>MNIST isn&apos;t on this computer yet: download it (11 MB, checksums verified), choose a folder that holds it, or train on nnviz&apos;s synthetic digits. The pretrained network and the drawing pad already work.</source>
        <translation>MNIST aún no está en este ordenador: descárguelo (11 MB, sumas de comprobación verificadas), elija una carpeta que lo contenga o entrene con los dígitos sintéticos de nnviz. La red preentrenada y el panel de dibujo ya funcionan.</translation>
    </message>
    <message>
        <source>MNIST could not be loaded: {message} Choose another folder, download a fresh copy, or train on nnviz&apos;s synthetic digits.</source>
        <translation>No se pudo cargar MNIST: {message} Elija otra carpeta, descargue una copia nueva o entrene con los dígitos sintéticos de nnviz.</translation>
    </message>
    <message>
        <source>Could not load the dataset</source>
        <translation>No se pudo cargar el conjunto de datos</translation>
    </message>
    <message>
        <source>Downloading MNIST…</source>
        <translation>Descargando MNIST…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Downloading {name} into {folder}…</source>
        <translation>Descargando {name} en {folder}…</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>La descarga ha fallado</translation>
    </message>
    <message>
        <source>Check your internet connection and try again, or choose a folder that already holds MNIST.</source>
        <translation>Compruebe su conexión a internet y vuelva a intentarlo, o elija una carpeta que ya contenga MNIST.</translation>
    </message>
    <message>
        <source>Folder with the four MNIST .gz files</source>
        <translation>Carpeta con los cuatro archivos .gz de MNIST</translation>
    </message>
    <message>
        <source>Imported: {name}</source>
        <translation>Importado: {name}</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Píxeles</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Aumento de datos</translation>
    </message>
    <message>
        <source>Training set</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Test set</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Which images to browse: the ones the network learns from, or the ones kept apart to test it.</source>
        <translation>Qué imágenes explorar: aquellas de las que aprende la red o las que se reservan para evaluarla.</translation>
    </message>
    <message>
        <source>Show every class, or only the images of one class.</source>
        <translation>Mostrar todas las clases o solo las imágenes de una clase.</translation>
    </message>
    <message>
        <source>Previous page (PgUp)</source>
        <translation>Página anterior (RePág)</translation>
    </message>
    <message>
        <source>Next page (PgDown)</source>
        <translation>Página siguiente (AvPág)</translation>
    </message>
    <message>
        <source>No dataset loaded yet.</source>
        <translation>Aún no hay ningún conjunto de datos cargado.</translation>
    </message>
    <message>
        <source>Click an image to send it through the network.</source>
        <translation>Haga clic en una imagen para pasarla por la red.</translation>
    </message>
    <message>
        <source>Each class&apos;s average image (every pixel the mean of that pixel over the class) and how many training images it has; a class with few examples is learnt less well.</source>
        <translation>La imagen media de cada clase (cada píxel es la media de ese píxel en la clase) y cuántas imágenes de entrenamiento tiene; una clase con pocos ejemplos se aprende peor.</translation>
    </message>
    <message>
        <source>Average image and number of training images per class</source>
        <translation>Imagen media y número de imágenes de entrenamiento por clase</translation>
    </message>
    <message>
        <source>Other images</source>
        <translation>Otras imágenes</translation>
    </message>
    <message>
        <source>Pick other training images and new random jitter.</source>
        <translation>Elegir otras imágenes de entrenamiento y nuevas perturbaciones aleatorias.</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>As the network sees them while training</source>
        <translation>Tal como las ve la red durante el entrenamiento</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Todas las clases</translation>
    </message>
    <message>
        <source>test image {i:,}</source>
        <translation>imagen de prueba {i:,}</translation>
    </message>
    <message>
        <source>training image {i:,}</source>
        <translation>imagen de entrenamiento {i:,}</translation>
    </message>
    <message>
        <source>No images of this class.</source>
        <translation>No hay imágenes de esta clase.</translation>
    </message>
    <message>
        <source>page {page:,} of {pages:,}</source>
        <translation>página {page:,} de {pages:,}</translation>
    </message>
    <message>
        <source>counting classes</source>
        <translation>contando las clases</translation>
    </message>
    <message>
        <source>averaging each class</source>
        <translation>promediando cada clase</translation>
    </message>
    <message>
        <source>counting pixel values</source>
        <translation>contando los valores de píxel</translation>
    </message>
    <message>
        <source>Counting the training images…</source>
        <translation>Contando las imágenes de entrenamiento…</translation>
    </message>
    <message>
        <source>{total:,} pixels of {images:,} training images. {dark:.0%} fall in the darkest bin and {bright:.0%} in the brightest; the count axis is logarithmic so that the bins in between stay visible.</source>
        <translation>{total:,} píxeles de {images:,} imágenes de entrenamiento. El {dark:.0%} cae en el intervalo más oscuro y el {bright:.0%} en el más claro; el eje de recuentos es logarítmico para que los intervalos intermedios sigan siendo visibles.</translation>
    </message>
    <message>
        <source>Augmentation is off. Switch it on under Training ▸ Augmentation to see what the network would get instead.</source>
        <translation>El aumento de datos está desactivado. Actívelo en Entrenamiento ▸ Aumento de datos para ver lo que recibiría la red en su lugar.</translation>
    </message>
    <message>
        <source>Augmentation: {what}. Every mini-batch gets a new random jitter; this is one draw.</source>
        <translation>Aumento de datos: {what}. Cada mini-lote recibe una nueva perturbación aleatoria; esta es una muestra.</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>add nnviz to your application menu (your XDG data folder)</source>
        <translation>añadir nnviz al menú de aplicaciones (su carpeta de datos XDG)</translation>
    </message>
    <message>
        <source>remove exactly the files --install wrote</source>
        <translation>eliminar exactamente los archivos que escribió --install</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>escrito {path}</translation>
    </message>
    <message>
        <source>removed {path}</source>
        <translation>eliminado {path}</translation>
    </message>
    <message>
        <source>kept {path}: it changed after nnviz wrote it</source>
        <translation>conservado {path}: cambió después de que nnviz lo escribiera</translation>
    </message>
    <message>
        <source>could not install the desktop entry: {reason}</source>
        <translation>no se pudo instalar la entrada de escritorio: {reason}</translation>
    </message>
    <message>
        <source>nothing to uninstall: {manifest} does not exist (nnviz desktop --install writes it)</source>
        <translation>nada que desinstalar: {manifest} no existe (lo escribe nnviz desktop --install)</translation>
    </message>
    <message>
        <source>cannot read {manifest}: {reason}</source>
        <translation>no se puede leer {manifest}: {reason}</translation>
    </message>
</context>
<context>
    <name>Download</name>
    <message>
        <source>folder to download into (default: the user cache)</source>
        <translation>carpeta de destino de la descarga (por defecto: la caché del usuario)</translation>
    </message>
    <message>
        <source>MNIST is in {folder}</source>
        <translation>MNIST está en {folder}</translation>
    </message>
</context>
<context>
    <name>DrawingPad</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last stroke (Ctrl+Z)</source>
        <translation>Deshacer el último trazo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the pad (Esc)</source>
        <translation>Borrar el lienzo (Esc)</translation>
    </message>
    <message>
        <source>Pen width. MNIST digits are written with a thick pen; very thin or very thick strokes make the network less sure.</source>
        <translation>Grosor del lápiz. Los dígitos de MNIST están escritos con un lápiz grueso; los trazos muy finos o muy gruesos hacen que la red esté menos segura.</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>Lápiz</translation>
    </message>
    <message>
        <source>Draw a piece of clothing here</source>
        <translation>Dibuje aquí una prenda</translation>
    </message>
    <message>
        <source>Draw something here</source>
        <translation>Dibuje algo aquí</translation>
    </message>
    <message>
        <source>Draw a digit here</source>
        <translation>Dibuje aquí un dígito</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>augmentation {name} must be a number from 0 to {top}; got {value}.</source>
        <translation>el aumento de datos {name} debe ser un número de 0 a {top}; se obtuvo {value}.</translation>
    </message>
    <message>
        <source>augmentation shift must be a whole number of pixels; got {shift}.</source>
        <translation>el desplazamiento del aumento de datos debe ser un número entero de píxeles; se obtuvo {shift}.</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>importación cancelada</translation>
    </message>
    <message>
        <source>line {n}</source>
        <translation>línea {n}</translation>
    </message>
    <message>
        <source>{path}: is not UTF-8 text (byte 0x{byte:02x} cannot be decoded); a CSV must be plain UTF-8 or ASCII.</source>
        <translation>{path}: no es texto UTF-8 (el byte 0x{byte:02x} no se puede decodificar); un CSV debe ser UTF-8 o ASCII simple.</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason}).</source>
        <translation>{path}: no se puede leer ({reason}).</translation>
    </message>
    <message>
        <source>a line</source>
        <translation>una línea</translation>
    </message>
    <message>
        <source>is longer than {most:,} characters, which no row of pixels needs.</source>
        <translation>tiene más de {most:,} caracteres, algo que ninguna fila de píxeles necesita.</translation>
    </message>
    <message>
        <source>{path}: the first line is longer than {max_line:,} characters; this is not a CSV of images.</source>
        <translation>{path}: la primera línea tiene más de {max_line:,} caracteres; esto no es un CSV de imágenes.</translation>
    </message>
    <message>
        <source>{path}: the file is empty or starts with an empty line.</source>
        <translation>{path}: el archivo está vacío o empieza con una línea vacía.</translation>
    </message>
    <message>
        <source>{path}: the header names no label column (it starts with {first!r}); nnviz needs a label for every image.</source>
        <translation>{path}: la cabecera no nombra ninguna columna de etiqueta (empieza con {first!r}); nnviz necesita una etiqueta para cada imagen.</translation>
    </message>
    <message>
        <source>{path}: rows have {n_fields} values but the training file&apos;s have {n_columns}.</source>
        <translation>{path}: las filas tienen {n_fields} valores, pero las del archivo de entrenamiento tienen {n_columns}.</translation>
    </message>
    <message>
        <source>{path}: rows have {n_columns} values; nnviz expects a label then a square image&apos;s pixels (784 = 28×28 for MNIST).</source>
        <translation>{path}: las filas tienen {n_columns} valores; nnviz espera una etiqueta y después los píxeles de una imagen cuadrada (784 = 28×28 en MNIST).</translation>
    </message>
    <message>
        <source>holds a value that is not a finite number (NaN or inf).</source>
        <translation>contiene un valor que no es un número finito (NaN o inf).</translation>
    </message>
    <message>
        <source>label {label:g} is not a whole number from 0 to {most}.</source>
        <translation>la etiqueta {label:g} no es un número entero de 0 a {most}.</translation>
    </message>
    <message>
        <source>pixel value {value:g} is outside 0–{scale:g} (the range this file&apos;s first rows use).</source>
        <translation>el valor de píxel {value:g} está fuera de 0–{scale:g} (el rango que usan las primeras filas de este archivo).</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>está vacía.</translation>
    </message>
    <message>
        <source>has {n} values; expected {columns} (a label and {pixels} pixels).</source>
        <translation>tiene {n} valores; se esperaban {columns} (una etiqueta y {pixels} píxeles).</translation>
    </message>
    <message>
        <source>value {value!r} in column {column} is not a number.</source>
        <translation>el valor {value!r} de la columna {column} no es un número.</translation>
    </message>
    <message>
        <source>{path}: no such CSV file.</source>
        <translation>{path}: no existe ese archivo CSV.</translation>
    </message>
    <message>
        <source>{path}: not a regular file (a folder, device or pipe).</source>
        <translation>{path}: no es un archivo normal (es una carpeta, un dispositivo o una tubería).</translation>
    </message>
    <message>
        <source>pixels were floats from 0 to 1; stored as bytes (0–255)</source>
        <translation>los píxeles eran decimales de 0 a 1; se guardaron como bytes (0–255)</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>{name}: {part} images must be float32 (n, pixels); got {dtype} {shape}.</source>
        <translation>{name}: las imágenes ({part}) deben ser float32 (n, píxeles); se obtuvo {dtype} {shape}.</translation>
    </message>
    <message>
        <source>{name}: {part} labels must be uint8 ({n_x},); got {dtype} {shape}.</source>
        <translation>{name}: las etiquetas ({part}) deben ser uint8 ({n_x},); se obtuvo {dtype} {shape}.</translation>
    </message>
    <message>
        <source>{name}: train images have {n_inputs} pixels but test images have {pixels}.</source>
        <translation>{name}: las imágenes de entrenamiento tienen {n_inputs} píxeles, pero las de prueba tienen {pixels}.</translation>
    </message>
    <message>
        <source>{name}: a {part} label is {label} but there are only {n_classes} classes.</source>
        <translation>{name}: una etiqueta ({part}) vale {label}, pero solo hay {n_classes} clases.</translation>
    </message>
    <message>
        <source>{name}: {n_inputs} pixels per image is not a square image.</source>
        <translation>{name}: {n_inputs} píxeles por imagen no forman una imagen cuadrada.</translation>
    </message>
    <message>
        <source>a subset needs at least one example of each; got {n_train} training and {n_test} test.</source>
        <translation>un subconjunto necesita al menos un ejemplo de cada uno; se obtuvieron {n_train} de entrenamiento y {n_test} de prueba.</translation>
    </message>
    <message>
        <source>images must be uint8 (n, rows, cols) or (n, pixels); got {dtype} {shape}.</source>
        <translation>las imágenes deben ser uint8 (n, filas, columnas) o (n, píxeles); se obtuvo {dtype} {shape}.</translation>
    </message>
    <message>
        <source>labels must be integers in 0–255; got {dtype}.</source>
        <translation>las etiquetas deben ser enteros en 0–255; se obtuvo {dtype}.</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tiempo de espera agotado</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>truncado</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>conexión perdida</translation>
    </message>
    <message>
        <source>not valid gzip data</source>
        <translation>datos gzip no válidos</translation>
    </message>
    <message>
        <source>disk full</source>
        <translation>disco lleno</translation>
    </message>
    <message>
        <source>cannot write the download into {folder}: {why}.</source>
        <translation>no se puede escribir la descarga en {folder}: {why}.</translation>
    </message>
    <message>
        <source>download cancelled</source>
        <translation>descarga cancelada</translation>
    </message>
    <message>
        <source>checksum mismatch (more data than the pinned file)</source>
        <translation>la suma de comprobación no coincide (más datos que el archivo esperado)</translation>
    </message>
    <message>
        <source>checksum mismatch (larger than the pinned file)</source>
        <translation>la suma de comprobación no coincide (mayor que el archivo esperado)</translation>
    </message>
    <message>
        <source>checksum mismatch</source>
        <translation>la suma de comprobación no coincide</translation>
    </message>
    <message>
        <source>no mirrors were given</source>
        <translation>no se indicó ningún servidor espejo</translation>
    </message>
    <message>
        <source>could not download {name} from any mirror: {tried}.</source>
        <translation>no se pudo descargar {name} de ningún servidor espejo: {tried}.</translation>
    </message>
    <message>
        <source>{folder}: cannot be listed ({reason}).</source>
        <translation>{folder}: no se puede listar ({reason}).</translation>
    </message>
    <message>
        <source>is not inside a class folder (one sub-folder per class).</source>
        <translation>no está dentro de una carpeta de clase (una subcarpeta por clase).</translation>
    </message>
    <message>
        <source>is a folder inside a class folder; it was not searched.</source>
        <translation>es una carpeta dentro de una carpeta de clase; no se ha explorado.</translation>
    </message>
    <message>
        <source>is not an image file ({suffix}).</source>
        <translation>no es un archivo de imagen ({suffix}).</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>sin extensión</translation>
    </message>
    <message>
        <source>holds no images, so it is not made a class.</source>
        <translation>no contiene imágenes, así que no se convierte en una clase.</translation>
    </message>
    <message>
        <source>could not be read as an image ({e}).</source>
        <translation>no se pudo leer como imagen ({e}).</translation>
    </message>
    <message>
        <source>is blank: no ink was found.</source>
        <translation>está en blanco: no se encontró tinta.</translation>
    </message>
    <message>
        <source>{root}: not a folder.</source>
        <translation>{root}: no es una carpeta.</translation>
    </message>
    <message>
        <source>image folder</source>
        <translation>carpeta de imágenes</translation>
    </message>
    <message>
        <source>used {folder}/ as the test set</source>
        <translation>se usó {folder}/ como conjunto de prueba</translation>
    </message>
    <message>
        <source>{root}: no images found; expected one sub-folder per class holding PNG, JPEG or BMP pictures (e.g. {name}/7/my-seven.png).</source>
        <translation>{root}: no se encontraron imágenes; se espera una subcarpeta por clase con imágenes PNG, JPEG o BMP (p. ej. {name}/7/my-seven.png).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>{path}: is a folder, not an IDX file.</source>
        <translation>{path}: es una carpeta, no un archivo IDX.</translation>
    </message>
    <message>
        <source>{path}: file not found.</source>
        <translation>{path}: archivo no encontrado.</translation>
    </message>
    <message>
        <source>{path}: is not a regular {what} (a device, pipe or socket); nnviz reads only ordinary files.</source>
        <translation>{path}: no es un {what} normal (es un dispositivo, una tubería o un socket); nnviz solo lee archivos normales.</translation>
    </message>
    <message>
        <source>{path}: header says {shape} ({body:,} bytes), more than the {gb} GiB nnviz reads from one IDX file.</source>
        <translation>{path}: la cabecera indica {shape} ({body:,} bytes), más que los {gb} GiB que nnviz lee de un archivo IDX.</translation>
    </message>
    <message>
        <source>{path}: header says {shape} ({body:,} bytes) but the file holds {held:,} bytes after its {length}-byte header.</source>
        <translation>{path}: la cabecera indica {shape} ({body:,} bytes), pero el archivo contiene {held:,} bytes tras su cabecera de {length} bytes.</translation>
    </message>
    <message>
        <source>{path}: the gzip data is truncated or corrupt ({err}).</source>
        <translation>{path}: los datos gzip están truncados o dañados ({err}).</translation>
    </message>
    <message>
        <source>{path}: header says {shape} ({body:,} bytes) but the file holds fewer bytes after its {length}-byte header.</source>
        <translation>{path}: la cabecera indica {shape} ({body:,} bytes), pero el archivo contiene menos bytes tras su cabecera de {length} bytes.</translation>
    </message>
    <message>
        <source>{path}: header says {shape} ({body:,} bytes) but the file holds more bytes after its {length}-byte header.</source>
        <translation>{path}: la cabecera indica {shape} ({body:,} bytes), pero el archivo contiene más bytes tras su cabecera de {length} bytes.</translation>
    </message>
    <message>
        <source>{n:,} images of {rows}×{cols}</source>
        <translation>{n:,} imágenes de {rows}×{cols}</translation>
    </message>
    <message>
        <source>{n:,} labels</source>
        <translation>{n:,} etiquetas</translation>
    </message>
    <message>
        <source>{path}: the file is empty.</source>
        <translation>{path}: el archivo está vacío.</translation>
    </message>
    <message>
        <source>{path}: only {n_data} bytes, too short for an IDX header.</source>
        <translation>{path}: solo {n_data} bytes, demasiado corto para una cabecera IDX.</translation>
    </message>
    <message>
        <source>{path}: not an IDX file (magic number 0x{magic:08x}, expected 0x{expected:08x} for {what}).</source>
        <translation>{path}: no es un archivo IDX (número mágico 0x{magic:08x}; se esperaba 0x{expected:08x} para {what}).</translation>
    </message>
    <message>
        <source>{path}: element type 0x{kind:02x} is not supported (only unsigned bytes, 0x{ubyte:02x}).</source>
        <translation>{path}: el tipo de elemento 0x{kind:02x} no es compatible (solo bytes sin signo, 0x{ubyte:02x}).</translation>
    </message>
    <message>
        <source>{path}: has {dims} dimension(s) but {what} need {ndim} (magic 0x{magic:08x}, expected 0x{expected:08x}).</source>
        <translation>{path}: tiene {dims} dimensión(es), pero las {what} necesitan {ndim} (número mágico 0x{magic:08x}; se esperaba 0x{expected:08x}).</translation>
    </message>
    <message>
        <source>{path}: the {header}-byte header is cut short at {n_data} bytes.</source>
        <translation>{path}: la cabecera de {header} bytes se corta a los {n_data} bytes.</translation>
    </message>
    <message>
        <source>{path}: header says images of {rows}×{cols}, which is empty.</source>
        <translation>{path}: la cabecera indica imágenes de {rows}×{cols}, es decir, vacías.</translation>
    </message>
    <message>
        <source>images</source>
        <translation>imágenes</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>{images_path} holds {n_images} images but {labels_path} holds {n_labels} labels.</source>
        <translation>{images_path} contiene {n_images} imágenes, pero {labels_path} contiene {n_labels} etiquetas.</translation>
    </message>
    <message>
        <source>{images_path}: holds no images.</source>
        <translation>{images_path}: no contiene imágenes.</translation>
    </message>
    <message>
        <source>{labels_path}: label {label} at index {index} is outside 0–{top} ({size} such labels).</source>
        <translation>{labels_path}: la etiqueta {label} del índice {index} está fuera de 0–{top} ({size} etiquetas así).</translation>
    </message>
    <message>
        <source>test images</source>
        <translation>imágenes de prueba</translation>
    </message>
    <message>
        <source>test labels</source>
        <translation>etiquetas de prueba</translation>
    </message>
    <message>
        <source>class-names file</source>
        <translation>archivo de nombres de clase</translation>
    </message>
    <message>
        <source>{path}: a class-names file of more than {mb} MB; nnviz takes at most {max_classes} short names, one per line.</source>
        <translation>{path}: un archivo de nombres de clase de más de {mb} MB; nnviz admite como mucho {max_classes} nombres cortos, uno por línea.</translation>
    </message>
    <message>
        <source>{path}: cannot read the class names ({e}).</source>
        <translation>{path}: no se pueden leer los nombres de clase ({e}).</translation>
    </message>
    <message>
        <source>{path}: the class-names file is empty.</source>
        <translation>{path}: el archivo de nombres de clase está vacío.</translation>
    </message>
    <message>
        <source>{path}: label {text} in the mapping is larger than {max_label}.</source>
        <translation>{path}: la etiqueta {text} de la correspondencia es mayor que {max_label}.</translation>
    </message>
    <message>
        <source>{path}: {text} in the mapping is not a Unicode character code.</source>
        <translation>{path}: {text} de la correspondencia no es un código de carácter Unicode.</translation>
    </message>
    <message>
        <source>{images}: test images are {rows}×{cols}; nnviz needs square images.</source>
        <translation>{images}: las imágenes de prueba son de {rows}×{cols}; nnviz necesita imágenes cuadradas.</translation>
    </message>
    <message>
        <source>{images}: training images are {rows}×{cols}; nnviz needs square images.</source>
        <translation>{images}: las imágenes de entrenamiento son de {rows}×{cols}; nnviz necesita imágenes cuadradas.</translation>
    </message>
    <message>
        <source>a test set needs both its images and its labels file.</source>
        <translation>un conjunto de prueba necesita su archivo de imágenes y su archivo de etiquetas.</translation>
    </message>
    <message>
        <source>{test_images}: test images are {test_rows}×{test_cols} but training images are {train_rows}×{train_cols}.</source>
        <translation>{test_images}: las imágenes de prueba son de {test_rows}×{test_cols}, pero las de entrenamiento son de {train_rows}×{train_cols}.</translation>
    </message>
    <message>
        <source>images were transposed (EMNIST stores them column by column)</source>
        <translation>las imágenes se transpusieron (EMNIST las guarda columna por columna)</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({e}).</source>
        <translation>{path}: no se puede leer ({e}).</translation>
    </message>
    <message>
        <source>{p}: not an IDX images or labels file (magic 0x{magic:08x}).</source>
        <translation>{p}: no es un archivo IDX de imágenes ni de etiquetas (número mágico 0x{magic:08x}).</translation>
    </message>
    <message>
        <source>both {name} and {name2} look like the {kind} file.</source>
        <translation>tanto {name} como {name2} parecen el archivo de {kind}.</translation>
    </message>
    <message>
        <source>choose at least an IDX images file and its labels file.</source>
        <translation>elija al menos un archivo IDX de imágenes y su archivo de etiquetas.</translation>
    </message>
    <message>
        <source>imported {n:,} images in {classes} classes from {kind} {source} ({train:,} training, {test:,} test); skipped {skipped:,} item(s)</source>
        <translation>se importaron {n:,} imágenes en {classes} clases desde {kind} {source} ({train:,} de entrenamiento, {test:,} de prueba); se omitieron {skipped:,} elemento(s)</translation>
    </message>
    <message>
        <source>imported {n:,} images in {classes} classes from {kind} {source} ({train:,} training, {test:,} test)</source>
        <translation>se importaron {n:,} imágenes en {classes} clases desde {kind} {source} ({train:,} de entrenamiento, {test:,} de prueba)</translation>
    </message>
    <message>
        <source>the test fraction must lie between 0 and 1; got {fraction:g}.</source>
        <translation>la fracción de prueba debe estar entre 0 y 1; se obtuvo {fraction:g}.</translation>
    </message>
    <message>
        <source>the class-names file has {n_names} names but the labels take {n_values} values (up to {largest}).</source>
        <translation>el archivo de nombres de clase tiene {n_names} nombres, pero las etiquetas toman {n_values} valores (hasta {largest}).</translation>
    </message>
    <message>
        <source> The first problem: {where}: {reason}</source>
        <translation> El primer problema: {where}: {reason}</translation>
    </message>
    <message>
        <source>{origin}: no usable images ({n_skipped} item(s) skipped).{first}</source>
        <translation>{origin}: no hay imágenes utilizables (se omitieron {n_skipped} elemento(s)).{first}</translation>
    </message>
    <message>
        <source>{origin}: the labels take {n_values:,} different values; nnviz handles at most {max_classes} classes. Is the label column right?</source>
        <translation>{origin}: las etiquetas toman {n_values:,} valores distintos; nnviz admite como mucho {max_classes} clases. ¿Es correcta la columna de etiquetas?</translation>
    </message>
    <message>
        <source>{origin}: a single image cannot be split into training and test.</source>
        <translation>{origin}: una sola imagen no se puede dividir en entrenamiento y prueba.</translation>
    </message>
    <message>
        <source>held back {n:,} images ({fraction:.0%} of each class, seed {seed}) as the test set</source>
        <translation>se reservaron {n:,} imágenes ({fraction:.0%} de cada clase, semilla {seed}) como conjunto de prueba</translation>
    </message>
    <message>
        <source>the data folder</source>
        <translation>la carpeta de datos</translation>
    </message>
    <message>
        <source>{chosen_by} {folder} is not a folder.</source>
        <translation>{chosen_by} {folder} no es una carpeta.</translation>
    </message>
    <message>
        <source>{chosen_by} {folder} lacks {missing} (as .gz or uncompressed).</source>
        <translation>a {chosen_by} {folder} le falta {missing} (como .gz o sin comprimir).</translation>
    </message>
    <message>
        <source>{variable} folder</source>
        <translation>la carpeta de {variable}</translation>
    </message>
    <message>
        <source>{folder}: training images are {train_rows}×{train_cols} but test images are {test_rows}×{test_cols}.</source>
        <translation>{folder}: las imágenes de entrenamiento son de {train_rows}×{train_cols}, pero las de prueba son de {test_rows}×{test_cols}.</translation>
    </message>
    <message>
        <source>MNIST was not found (looked in {folder}); pass --data DIR or set {data_env} to a folder holding the four IDX files, run `nnviz download`, or use --dataset synthetic.</source>
        <translation>no se encontró MNIST (se buscó en {folder}); pase --data DIR o ponga en {data_env} una carpeta con los cuatro archivos IDX, ejecute `nnviz download` o use --dataset synthetic.</translation>
    </message>
    <message>
        <source>Fashion-MNIST was not found in {fashion_system_dir} or {folder}; install the Debian package dataset-fashion-mnist or pass --data DIR.</source>
        <translation>no se encontró Fashion-MNIST en {fashion_system_dir} ni en {folder}; instale el paquete de Debian dataset-fashion-mnist o pase --data DIR.</translation>
    </message>
    <message>
        <source>unknown dataset {name!r}; choose one of {datasets}.</source>
        <translation>conjunto de datos desconocido {name!r}; elija uno de {datasets}.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>{target} is not a regular file; it was not replaced.</source>
        <translation>{target} no es un archivo normal; no se ha reemplazado.</translation>
    </message>
    <message>
        <source>{target} is read-only; it was not replaced.</source>
        <translation>{target} es de solo lectura; no se ha reemplazado.</translation>
    </message>
    <message>
        <source>{name}: not readable JSON ({e}).</source>
        <translation>{name}: no es JSON legible ({e}).</translation>
    </message>
    <message>
        <source>{name}: not an nnviz network in JSON (no &apos;format&apos; marker).</source>
        <translation>{name}: no es una red de nnviz en JSON (sin marca &apos;format&apos;).</translation>
    </message>
    <message>
        <source>{name}: incomplete or malformed ({e}).</source>
        <translation>{name}: incompleto o mal formado ({e}).</translation>
    </message>
    <message>
        <source>{name}: {e}</source>
        <translation>{name}: {e}</translation>
    </message>
    <message>
        <source>{name}: the arrays do not match the layer sizes {sizes}.</source>
        <translation>{name}: las matrices no coinciden con los tamaños de capa {sizes}.</translation>
    </message>
    <message>
        <source>no such model file</source>
        <translation>no existe ese archivo de modelo</translation>
    </message>
    <message>
        <source>not an nnviz model (an .npz file is a zip archive; this is not)</source>
        <translation>no es un modelo de nnviz (un archivo .npz es un archivo ZIP; este no lo es)</translation>
    </message>
    <message>
        <source>{name}: {missing}.</source>
        <translation>{name}: {missing}.</translation>
    </message>
    <message>
        <source>{name}: not a regular file (a folder, device or pipe).</source>
        <translation>{name}: no es un archivo normal (es una carpeta, un dispositivo o una tubería).</translation>
    </message>
    <message>
        <source>{name}: {not_zip}.</source>
        <translation>{name}: {not_zip}.</translation>
    </message>
    <message>
        <source>{name}: damaged .npz archive ({error}: {e}).</source>
        <translation>{name}: archivo .npz dañado ({error}: {e}).</translation>
    </message>
    <message>
        <source>{name}: holds {n_members:,} arrays; an nnviz file has at most {max_members}, so it is damaged or not nnviz&apos;s.</source>
        <translation>{name}: contiene {n_members:,} matrices; un archivo de nnviz tiene como mucho {max_members}, así que está dañado o no es de nnviz.</translation>
    </message>
    <message>
        <source>{name}: {filename} is compressed with a method nnviz does not write (zip method {compress_type}).</source>
        <translation>{name}: {filename} está comprimido con un método que nnviz no escribe (método ZIP {compress_type}).</translation>
    </message>
    <message>
        <source>{name}: {member} has a damaged array header ({error}).</source>
        <translation>{name}: {member} tiene una cabecera de matriz dañada ({error}).</translation>
    </message>
    <message>
        <source>{name}: contains pickled Python objects, which nnviz refuses to load because unpickling can run code.</source>
        <translation>{name}: contiene objetos de Python serializados con pickle, que nnviz se niega a cargar porque deserializarlos puede ejecutar código.</translation>
    </message>
    <message>
        <source>{name}: {member} holds {count:,} values; nnviz opens files with at most {most:,} there.</source>
        <translation>{name}: {member} contiene {count:,} valores; nnviz abre archivos con {most:,} como mucho ahí.</translation>
    </message>
    <message>
        <source>{name}: {member} announces shape {shape} ({dtype}), more than the {mb} MiB nnviz reads from one file; the file is damaged or not nnviz&apos;s.</source>
        <translation>{name}: {member} anuncia la forma {shape} ({dtype}), más que los {mb} MiB que nnviz lee de un archivo; el archivo está dañado o no es de nnviz.</translation>
    </message>
    <message>
        <source>{name}: {member} announces shape {shape} ({dtype}) but holds fewer bytes of data; the file is damaged.</source>
        <translation>{name}: {member} anuncia la forma {shape} ({dtype}), pero contiene menos bytes de datos; el archivo está dañado.</translation>
    </message>
    <message>
        <source>{name}: {member} announces shape {shape} ({dtype}) but holds more bytes of data; the file is damaged.</source>
        <translation>{name}: {member} anuncia la forma {shape} ({dtype}), pero contiene más bytes de datos; el archivo está dañado.</translation>
    </message>
    <message>
        <source>{name}: {key} holds text that is not valid Unicode.</source>
        <translation>{name}: {key} contiene texto que no es Unicode válido.</translation>
    </message>
    <message>
        <source>{name}: an .npz file, but not an nnviz model (no &apos;format&apos; marker).</source>
        <translation>{name}: un archivo .npz, pero no un modelo de nnviz (sin marca &apos;format&apos;).</translation>
    </message>
    <message>
        <source>{name}: missing {missing}.</source>
        <translation>{name}: falta {missing}.</translation>
    </message>
    <message>
        <source>{name}: &apos;sizes&apos; must be a list of whole numbers.</source>
        <translation>{name}: &apos;sizes&apos; debe ser una lista de números enteros.</translation>
    </message>
    <message>
        <source>{name}: missing array {key} for layer {layer}.</source>
        <translation>{name}: falta la matriz {key} de la capa {layer}.</translation>
    </message>
    <message>
        <source>{name}: {key} has shape {shape} ({dtype}), expected {expected} floats for layers {sizes}.</source>
        <translation>{name}: {key} tiene la forma {shape} ({dtype}); se esperaban {expected} decimales para las capas {sizes}.</translation>
    </message>
    <message>
        <source>{name}: {key} contains NaN or infinite values.</source>
        <translation>{name}: {key} contiene valores NaN o infinitos.</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe ese archivo</translation>
    </message>
    <message>
        <source>not an nnviz run (a run is an .npz zip archive; this is not)</source>
        <translation>no es una ejecución de nnviz (una ejecución es un archivo ZIP .npz; este no lo es)</translation>
    </message>
    <message>
        <source>a saved model, not a run (open it with Load model)</source>
        <translation>un modelo guardado, no una ejecución (ábralo con Cargar modelo)</translation>
    </message>
    <message>
        <source>not an nnviz run (no &apos;format&apos; marker)</source>
        <translation>no es una ejecución de nnviz (sin marca &apos;format&apos;)</translation>
    </message>
    <message>
        <source>{name}: {what}.</source>
        <translation>{name}: {what}.</translation>
    </message>
    <message>
        <source>{name}: &apos;metrics&apos; has shape {shape} ({dtype}), expected (moments, {n_metrics}) numbers with at least one moment.</source>
        <translation>{name}: &apos;metrics&apos; tiene la forma {shape} ({dtype}); se esperaban (momentos, {n_metrics}) números con al menos un momento.</translation>
    </message>
    <message>
        <source>{name}: the recorded steps are not in increasing order.</source>
        <translation>{name}: los pasos registrados no están en orden creciente.</translation>
    </message>
    <message>
        <source>{name}: &apos;epochs&apos; or &apos;costs&apos; has the wrong shape or type.</source>
        <translation>{name}: &apos;epochs&apos; o &apos;costs&apos; tiene una forma o un tipo incorrectos.</translation>
    </message>
    <message>
        <source>{name}: holds {n_costs:,} mini-batch costs and {n_epochs:,} epochs; nnviz opens runs of at most {max_costs:,} costs and {max_epochs:,} epochs.</source>
        <translation>{name}: contiene {n_costs:,} costes de mini-lote y {n_epochs:,} épocas; nnviz abre ejecuciones de como mucho {max_costs:,} costes y {max_epochs:,} épocas.</translation>
    </message>
    <message>
        <source>{name}: &apos;{key}&apos; holds a step or epoch count that is not a whole number from 0 to 2^53.</source>
        <translation>{name}: &apos;{key}&apos; contiene un número de pasos o de épocas que no es un entero de 0 a 2^53.</translation>
    </message>
    <message>
        <source>{name}: &apos;{key}&apos; must be a single number from {lo:g} to {hi:g}; it holds {dtype} {shape}.</source>
        <translation>{name}: &apos;{key}&apos; debe ser un único número de {lo:g} a {hi:g}; contiene {dtype} {shape}.</translation>
    </message>
    <message>
        <source>must be one of {options}</source>
        <translation>debe ser uno de {options}</translation>
    </message>
    <message>
        <source>must be a whole number from {lo:g} to {hi:g}</source>
        <translation>debe ser un número entero de {lo:g} a {hi:g}</translation>
    </message>
    <message>
        <source>must be a number from {lo:g} to {hi:g}</source>
        <translation>debe ser un número de {lo:g} a {hi:g}</translation>
    </message>
    <message>
        <source>must be from {lo:g} to {hi:g}</source>
        <translation>debe estar entre {lo:g} y {hi:g}</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be a list of whole numbers such as [784, 16, 16, 10]</source>
        <translation>debe ser una lista de números enteros como [784, 16, 16, 10]</translation>
    </message>
    <message>
        <source>must be a list of view names such as [&quot;pointmap&quot;]</source>
        <translation>debe ser una lista de nombres de vistas como [&quot;pointmap&quot;]</translation>
    </message>
    <message>
        <source>must be a name such as &quot;lesson-3&quot;, or null</source>
        <translation>debe ser un nombre como &quot;lesson-3&quot;, o null</translation>
    </message>
    <message>
        <source>must be one of {presets}, or null</source>
        <translation>debe ser uno de {presets}, o null</translation>
    </message>
    <message>
        <source>this setup</source>
        <translation>esta configuración</translation>
    </message>
    <message>
        <source>this is not an nnviz setup: the file holds no JSON object.</source>
        <translation>esto no es una configuración de nnviz: el archivo no contiene ningún objeto JSON.</translation>
    </message>
    <message>
        <source>this is not an nnviz setup: its &quot;format&quot; is not &quot;{format}&quot;.</source>
        <translation>esto no es una configuración de nnviz: su &quot;format&quot; no es &quot;{format}&quot;.</translation>
    </message>
    <message>
        <source>this nnviz setup has no valid &quot;version&quot;.</source>
        <translation>esta configuración de nnviz no tiene una &quot;version&quot; válida.</translation>
    </message>
    <message>
        <source>this setup was written by a newer nnviz (setup version {version}; this one reads up to {newest}): update nnviz to open it.</source>
        <translation>esta configuración la escribió un nnviz más reciente (versión {version}; este lee hasta la {newest}): actualice nnviz para abrirla.</translation>
    </message>
    <message>
        <source>{field} is not a setup field</source>
        <translation>{field} no es un campo de configuración</translation>
    </message>
    <message>
        <source>{field} must be an object</source>
        <translation>{field} debe ser un objeto</translation>
    </message>
    <message>
        <source>{field} names {views}, which this nnviz does not have</source>
        <translation>{field} nombra {views}, que este nnviz no tiene</translation>
    </message>
    <message>
        <source>{field} {lesson} is not a lesson this nnviz has</source>
        <translation>{field} {lesson} no es una lección de este nnviz</translation>
    </message>
    <message>
        <source>{what} cannot be used: {problems}.</source>
        <translation>imposible usar {what}: {problems}.</translation>
    </message>
    <message>
        <source>{field} {problem} (got {value})</source>
        <translation>{field} {problem} (se obtuvo {value})</translation>
    </message>
    <message>
        <source>this setup is not valid JSON ({e}).</source>
        <translation>esta configuración no es JSON válido ({e}).</translation>
    </message>
    <message>
        <source>cannot read the setup {path}: {reason}.</source>
        <translation>no se puede leer la configuración {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} is too large to be an nnviz setup.</source>
        <translation>{path} es demasiado grande para ser una configuración de nnviz.</translation>
    </message>
    <message>
        <source>{path} is not a text file, so not an nnviz setup.</source>
        <translation>{path} no es un archivo de texto, así que no es una configuración de nnviz.</translation>
    </message>
    <message>
        <source>{path}: {e}</source>
        <translation>{path}: {e}</translation>
    </message>
    <message>
        <source>there is no preset called {preset!r}; the presets are {presets}.</source>
        <translation>no hay ningún preajuste llamado {preset!r}; los preajustes son {presets}.</translation>
    </message>
    <message>
        <source>these options</source>
        <translation>estas opciones</translation>
    </message>
    <message>
        <source>video export needs imageio-ffmpeg: {install_hint}</source>
        <translation>la exportación de vídeo necesita imageio-ffmpeg: {install_hint}</translation>
    </message>
    <message>
        <source>unknown damage {kind!r}; choose one of {kinds}.</source>
        <translation>daño desconocido {kind!r}; elija uno de {kinds}.</translation>
    </message>
    <message>
        <source>the network</source>
        <translation>la red</translation>
    </message>
    <message>
        <source>{what} takes {inputs} inputs but these images have {pixels} pixels.</source>
        <translation>{what} tiene {inputs} entradas, pero estas imágenes tienen {pixels} píxeles.</translation>
    </message>
    <message>
        <source>{what} has {outputs} outputs but the data has {classes} classes.</source>
        <translation>{what} tiene {outputs} salidas, pero los datos tienen {classes} clases.</translation>
    </message>
    <message>
        <source>layer {layer} is not a hidden layer of a {n_layers}-layer network.</source>
        <translation>la capa {layer} no es una capa oculta de una red de {n_layers} capas.</translation>
    </message>
    <message>
        <source>the current network</source>
        <translation>la red actual</translation>
    </message>
    <message>
        <source>the other network</source>
        <translation>la otra red</translation>
    </message>
    <message>
        <source>no batch size fits a training set of {n_x} examples.</source>
        <translation>ningún tamaño de lote cabe en un conjunto de entrenamiento de {n_x} ejemplos.</translation>
    </message>
    <message>
        <source>the SGD batch size must be from 1 to {n_xs}; got {batch_size}.</source>
        <translation>el tamaño de lote de SGD debe estar entre 1 y {n_xs}; se obtuvo {batch_size}.</translation>
    </message>
    <message>
        <source>full-batch gradient descent</source>
        <translation>descenso de gradiente con el lote completo</translation>
    </message>
    <message>
        <source>SGD, batches of {b}</source>
        <translation>SGD, mini-lotes de {b}</translation>
    </message>
    <message>
        <source>off</source>
        <translation>apagada</translation>
    </message>
    <message>
        <source>layer {l} neuron {i}: {parts}</source>
        <translation>capa {l}, neurona {i}: {parts}</translation>
    </message>
    <message>
        <source>output temperature T = {t:.2f}</source>
        <translation>temperatura de salida T = {t:.2f}</translation>
    </message>
    <message>
        <source>noise σ = {sigma:.2f} on every weight</source>
        <translation>ruido σ = {sigma:.2f} en cada peso</translation>
    </message>
    <message>
        <source>pruned the {p:.0f} % smallest |w| in each layer</source>
        <translation>podado el {p:.0f} % de los |w| más pequeños de cada capa</translation>
    </message>
    <message>
        <source>pruned the {p:.0f} % smallest |w| of all weights</source>
        <translation>podado el {p:.0f} % de los |w| más pequeños de todos los pesos</translation>
    </message>
    <message>
        <source>the network {sizes} has no neuron {i} in layer {l}.</source>
        <translation>la red {sizes} no tiene neurona {i} en la capa {l}.</translation>
    </message>
    <message>
        <source>the temperature must be above 0.</source>
        <translation>la temperatura debe ser mayor que 0.</translation>
    </message>
    <message>
        <source>noise must be ≥ 0 and pruning between 0 and 100 %.</source>
        <translation>el ruido debe ser ≥ 0 y la poda estar entre 0 y 100 %.</translation>
    </message>
    <message>
        <source>pruning scope must be one of {scopes}.</source>
        <translation>el alcance de la poda debe ser uno de {scopes}.</translation>
    </message>
    <message>
        <source>unknown initialisation {init!r}; choose one of {inits}.</source>
        <translation>inicialización desconocida {init!r}; elija una de {inits}.</translation>
    </message>
    <message>
        <source>enter the layer sizes, e.g. 784,16,16,10.</source>
        <translation>introduzca los tamaños de capa, p. ej. 784,16,16,10.</translation>
    </message>
    <message>
        <source>layer sizes must be whole numbers separated by commas, like 784,16,16,10; got {shown!r}.</source>
        <translation>los tamaños de capa deben ser números enteros separados por comas, como 784,16,16,10; se obtuvo {shown!r}.</translation>
    </message>
    <message>
        <source>a network needs at least an input and an output layer, e.g. 784,16,16,10.</source>
        <translation>una red necesita al menos una capa de entrada y una de salida, p. ej. 784,16,16,10.</translation>
    </message>
    <message>
        <source>a network may have at most {max_layers} layers; got {n_sizes}.</source>
        <translation>una red puede tener como mucho {max_layers} capas; se obtuvieron {n_sizes}.</translation>
    </message>
    <message>
        <source>every layer needs at least one neuron; got {sizes}.</source>
        <translation>cada capa necesita al menos una neurona; se obtuvo {sizes}.</translation>
    </message>
    <message>
        <source>a layer may have at most {max_neurons:,} neurons; got {n:,}.</source>
        <translation>una capa puede tener como mucho {max_neurons:,} neuronas; se obtuvieron {n:,}.</translation>
    </message>
    <message>
        <source>layers {sizes} need {total:,} parameters; nnviz builds networks of at most {max_parameters:,} ({mb} MB as float32).</source>
        <translation>las capas {sizes} necesitan {total:,} parámetros; nnviz construye redes de como mucho {max_parameters:,} ({mb} MB en float32).</translation>
    </message>
    <message>
        <source>the seed must be a whole number from 0 to {max_seed:,}; got {seed}.</source>
        <translation>la semilla debe ser un número entero de 0 a {max_seed:,}; se obtuvo {seed}.</translation>
    </message>
    <message>
        <source>unknown activation {activation!r}; choose sigmoid, relu or tanh.</source>
        <translation>activación desconocida {activation!r}; elija sigmoid, relu o tanh.</translation>
    </message>
    <message>
        <source>unknown output layer {output!r}; choose sigmoid or softmax.</source>
        <translation>capa de salida desconocida {output!r}; elija sigmoid o softmax.</translation>
    </message>
    <message>
        <source>unknown cost {cost!r}; choose quadratic or cross-entropy.</source>
        <translation>función de coste desconocida {cost!r}; elija quadratic o cross-entropy.</translation>
    </message>
    <message>
        <source>image values must lie in 0–255 or 0–1</source>
        <translation>los valores de la imagen deben estar en 0–255 o 0–1</translation>
    </message>
    <message>
        <source>image has no ink, so its centre of mass is undefined</source>
        <translation>la imagen no tiene tinta, así que su centro de masa no está definido</translation>
    </message>
    <message>
        <source>the learning rate must be a positive number; got {lr}.</source>
        <translation>la tasa de aprendizaje η debe ser un número positivo; se obtuvo {lr}.</translation>
    </message>
    <message>
        <source>the batch size must be a whole number from 1 to {n} (the training set&apos;s size); got {batch_size}.</source>
        <translation>el tamaño del mini-lote debe ser un número entero de 1 a {n} (el tamaño del conjunto de entrenamiento); se obtuvo {batch_size}.</translation>
    </message>
    <message>
        <source>momentum must be in [0, 1); got {momentum}.</source>
        <translation>el momento debe estar en [0, 1); se obtuvo {momentum}.</translation>
    </message>
    <message>
        <source>dropout must be a probability in [0, 1); got {dropout}.</source>
        <translation>el dropout debe ser una probabilidad en [0, 1); se obtuvo {dropout}.</translation>
    </message>
    <message>
        <source>L2 regularisation must be zero or positive; got {l2}.</source>
        <translation>la regularización L2 debe ser cero o positiva; se obtuvo {l2}.</translation>
    </message>
    <message>
        <source>unknown schedule {schedule!r}; choose {schedules}.</source>
        <translation>programa de la tasa desconocido {schedule!r}; elija {schedules}.</translation>
    </message>
    <message>
        <source>the network takes {inputs} inputs but the images have {pixels} pixels.</source>
        <translation>la red tiene {inputs} entradas, pero las imágenes tienen {pixels} píxeles.</translation>
    </message>
    <message>
        <source>the data has {classes} classes but the network has {outputs} outputs.</source>
        <translation>los datos tienen {classes} clases, pero la red tiene {outputs} salidas.</translation>
    </message>
    <message>
        <source>the cost became {c} at epoch {epoch}, mini-batch {batch} (learning rate {lr:g}): the steps overshoot. The parameters from before the blow-up were kept; try a smaller learning rate.</source>
        <translation>el coste llegó a {c} en la época {epoch}, mini-lote {batch} (tasa de aprendizaje η {lr:g}): los pasos se pasan de largo. Se conservaron los parámetros de antes de la explosión; pruebe una tasa de aprendizaje menor.</translation>
    </message>
    <message>
        <source>the parameters became infinite or NaN at epoch {epoch}, mini-batch {batch} (learning rate {lr:g}): the steps overshoot. The parameters from before the blow-up were kept; try a smaller learning rate.</source>
        <translation>los parámetros se volvieron infinitos o NaN en la época {epoch}, mini-lote {batch} (tasa de aprendizaje η {lr:g}): los pasos se pasan de largo. Se conservaron los parámetros de antes de la explosión; pruebe una tasa de aprendizaje menor.</translation>
    </message>
    <message>
        <source>t-SNE could not be loaded ({e}); reinstall it: {hint}</source>
        <translation>no se pudo cargar t-SNE ({e}); reinstálelo: {hint}</translation>
    </message>
    <message>
        <source>{name}: not an image Qt can read (PNG, JPEG, BMP, GIF…).</source>
        <translation>{name}: no es una imagen que Qt pueda leer (PNG, JPEG, BMP, GIF…).</translation>
    </message>
    <message>
        <source>{name}: an image of {w:,}×{h:,} pixels; nnviz reads pictures of at most {side:,} pixels a side and {megapixels} megapixels.</source>
        <translation>{name}: una imagen de {w:,}×{h:,} píxeles; nnviz lee imágenes de como mucho {side:,} píxeles de lado y {megapixels} megapíxeles.</translation>
    </message>
    <message>
        <source>{name}: not an image Qt can read ({reason}).</source>
        <translation>{name}: no es una imagen que Qt pueda leer ({reason}).</translation>
    </message>
    <message>
        <source>{name}: no such image file.</source>
        <translation>{name}: no existe ese archivo de imagen.</translation>
    </message>
    <message>
        <source>{name}: is a folder, not an image file.</source>
        <translation>{name}: es una carpeta, no un archivo de imagen.</translation>
    </message>
    <message>
        <source>{name}: is a device, pipe or socket, not an image file.</source>
        <translation>{name}: es un dispositivo, una tubería o un socket, no un archivo de imagen.</translation>
    </message>
    <message>
        <source>{name}: {mb:,.0f} MB, more than the {limit} MB nnviz reads for one picture.</source>
        <translation>{name}: {mb:,.0f} MB, más que los {limit} MB que nnviz lee para una imagen.</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({reason}).</source>
        <translation>{name}: no se puede leer ({reason}).</translation>
    </message>
    <message>
        <source>cannot create the folder {folder} ({reason}).</source>
        <translation>no se puede crear la carpeta {folder} ({reason}).</translation>
    </message>
    <message>
        <source>could not write {path} ({reason}).</source>
        <translation>no se pudo escribir {path} ({reason}).</translation>
    </message>
</context>
<context>
    <name>EvaluationPanel</name>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Rows: the true digit. Columns: the network&apos;s answer. Click a cell to see its images.</source>
        <translation>Filas: el dígito real. Columnas: la respuesta de la red. Haga clic en una celda para ver sus imágenes.</translation>
    </message>
    <message>
        <source>Click a cell of the matrix to see its test images.</source>
        <translation>Haga clic en una celda de la matriz para ver sus imágenes de prueba.</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>Confusión</translation>
    </message>
    <message>
        <source>No mistakes on the test set.</source>
        <translation>Ningún error en el conjunto de prueba.</translation>
    </message>
    <message>
        <source>Confident mistakes</source>
        <translation>Errores con confianza</translation>
    </message>
    <message>
        <source>Hidden neurons</source>
        <translation>Neuronas ocultas</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Comparando</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Which hidden layer</source>
        <translation>Qué capa oculta</translation>
    </message>
    <message>
        <source>Which neuron of that layer (numbered from 0, top to bottom in the diagram)</source>
        <translation>Qué neurona de esa capa (numeradas desde 0, de arriba abajo en el diagrama)</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>neuron</source>
        <translation>neurona</translation>
    </message>
    <message>
        <source>The test images that activate this neuron most appear here.</source>
        <translation>Aquí aparecen las imágenes de prueba que más activan esta neurona.</translation>
    </message>
    <message>
        <source>The network takes {inputs} inputs but the {name} images have {pixels} pixels.</source>
        <translation>La red recibe {inputs} entradas, pero las imágenes de {name} tienen {pixels} píxeles.</translation>
    </message>
    <message>
        <source>Evaluation needs a dataset: load MNIST (or the synthetic digits) from the Training panel, and the test set is scored here.</source>
        <translation>La evaluación necesita un conjunto de datos: cargue MNIST (o los dígitos sintéticos) desde el panel de entrenamiento y aquí se puntúa el conjunto de prueba.</translation>
    </message>
    <message>
        <source>Scoring the test set</source>
        <translation>Puntuando el conjunto de prueba</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test accuracy {accuracy:.2f} %&lt;/b&gt; ({right:,} of {n:,} right, after {step:,} mini-batches)</source>
        <translation>&lt;b&gt;Precisión de prueba {accuracy:.2f} %&lt;/b&gt; ({right:,} de {n:,} correctas, tras {step:,} mini-lotes)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test accuracy {accuracy:.2f} %&lt;/b&gt; ({right:,} of {n:,} right)</source>
        <translation>&lt;b&gt;Precisión de prueba {accuracy:.2f} %&lt;/b&gt; ({right:,} de {n:,} correctas)</translation>
    </message>
    <message>
        <source>{layer} ({n} neurons)</source>
        <translation>{layer} ({n} neuronas)</translation>
    </message>
    <message>
        <source>Rows: the true class. Columns: the network&apos;s answer. Click a cell to see its images.</source>
        <translation>Filas: la clase real. Columnas: la respuesta de la red. Haga clic en una celda para ver sus imágenes.</translation>
    </message>
    <message>
        <source>test image {i:,}: true {true}, answered {answer}
outputs: {outputs}</source>
        <translation>imagen de prueba {i:,}: real {true}, respondido {answer}
salidas: {outputs}</translation>
    </message>
    <message>
        <source>No test image of {true} was answered {predicted}.</source>
        <translation>Ninguna imagen de prueba de {true} se respondió como {predicted}.</translation>
    </message>
    <message>
        <source>test image {i:,} (answered {answer})</source>
        <translation>imagen de prueba {i:,} (respondido {answer})</translation>
    </message>
    <message>
        <source>test image {i:,}</source>
        <translation>imagen de prueba {i:,}</translation>
    </message>
</context>
<context>
    <name>ExportsController</name>
    <message>
        <source>Export replay as GIF</source>
        <translation>Exportar la repetición como GIF</translation>
    </message>
    <message>
        <source>First-layer weights</source>
        <translation>Pesos de la primera capa</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>Diagrama de la red</translation>
    </message>
    <message>
        <source>An animated GIF of this view over the recorded run</source>
        <translation>Un GIF animado de esta vista a lo largo de la ejecución grabada</translation>
    </message>
    <message>
        <source>Export model as JSON…</source>
        <translation>Exportar el modelo como JSON…</translation>
    </message>
    <message>
        <source>Layer sizes, activation and every array as plain lists</source>
        <translation>Tamaños de capa, activación y cada matriz como listas simples</translation>
    </message>
    <message>
        <source>Export model as ONNX…</source>
        <translation>Exportar el modelo como ONNX…</translation>
    </message>
    <message>
        <source>Opens in model viewers (Netron) and runs in ONNX runtimes</source>
        <translation>Se abre en visores de modelos (Netron) y se ejecuta en entornos ONNX</translation>
    </message>
    <message>
        <source>Export model as {kind}</source>
        <translation>Exportar el modelo como {kind}</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <source>Exported the model as {kind} to {path}</source>
        <translation>Modelo exportado como {kind} en {path}</translation>
    </message>
    <message>
        <source>Nothing to animate</source>
        <translation type="vanished">Nada que animar</translation>
    </message>
    <message>
        <source>Train for a while first (or open a run): the animation shows the recorded moments.</source>
        <translation>Entrene primero un rato (o abra una ejecución): la animación muestra los momentos grabados.</translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation>Animación GIF (*.gif)</translation>
    </message>
    <message>
        <source>Rendering the animation…</source>
        <translation>Generando la animación…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Cancelar</translation>
    </message>
    <message>
        <source>Saved {n} frames to {path}</source>
        <translation type="vanished">{n} fotogramas guardados en {path}</translation>
    </message>
</context>
<context>
    <name>GlobalKnobs</name>
    <message>
        <source>Whole network</source>
        <translation>Toda la red</translation>
    </message>
    <message>
        <source>Output temperature T: the output layer computes σ(z/T). Above 1 the answers become less sure (outputs move towards the middle), below 1 more extreme. The order of the outputs never changes, so neither does the accuracy: watch the cost instead.</source>
        <translation>Temperatura de salida T: la capa de salida calcula σ(z/T). Por encima de 1 las respuestas son menos seguras (las salidas se acercan al centro), por debajo de 1 más extremas. El orden de las salidas nunca cambia, y por tanto tampoco la precisión: observe el coste.</translation>
    </message>
    <message>
        <source>Adds Gaussian noise of standard deviation σ to every weight (the same random pattern each time, scaled by σ). Expect accuracy to hold for small σ and then collapse: how robust is what the network learnt?</source>
        <translation>Añade ruido gaussiano de desviación típica σ a cada peso (siempre el mismo patrón aleatorio, escalado por σ). La precisión aguanta con σ pequeño y luego se desploma: ¿cómo de robusto es lo que ha aprendido la red?</translation>
    </message>
    <message>
        <source>Sets the given percentage of the smallest weights (by |w|) to exactly 0. Many weights barely matter: expect accuracy to survive surprisingly heavy pruning.</source>
        <translation>Pone exactamente a 0 el porcentaje indicado de los pesos más pequeños (según |w|). Muchos pesos apenas importan: la precisión sobrevive a una poda sorprendentemente fuerte.</translation>
    </message>
    <message>
        <source>in each layer</source>
        <translation>en cada capa</translation>
    </message>
    <message>
        <source>over all layers</source>
        <translation>en todas las capas</translation>
    </message>
    <message>
        <source>Prune the same fraction of every weight matrix, or rank all weights of the network together (then the big first layer loses most).</source>
        <translation>Podar la misma fracción de cada matriz de pesos, o clasificar todos los pesos de la red juntos (entonces la primera capa, la grande, pierde más).</translation>
    </message>
    <message>
        <source>Temperature T</source>
        <translation>Temperatura T</translation>
    </message>
    <message>
        <source>Weight noise σ</source>
        <translation>Ruido en los pesos σ</translation>
    </message>
    <message>
        <source>Prune smallest</source>
        <translation>Podar los menores</translation>
    </message>
</context>
<context>
    <name>GradientPanel</name>
    <message>
        <source>mini-batch gradients: {what}</source>
        <translation>gradientes de mini-lote: {what}</translation>
    </message>
    <message>
        <source>racing: {what}</source>
        <translation>carrera: {what}</translation>
    </message>
    <message>
        <source>Mini-batch vs full gradient</source>
        <translation>Gradiente de mini-lote frente a completo</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medir</translation>
    </message>
    <message>
        <source>Measure on the current parameters (F8)</source>
        <translation>Medir con los parámetros actuales (F8)</translation>
    </message>
    <message>
        <source>Learning rate η for both racers</source>
        <translation>Tasa de aprendizaje η de ambos corredores</translation>
    </message>
    <message>
        <source>Mini-batch size of the SGD racer</source>
        <translation>Tamaño de mini-lote del corredor SGD</translation>
    </message>
    <message>
        <source>SGD batch </source>
        <translation>lote SGD </translation>
    </message>
    <message>
        <source>Time each racer may spend stepping</source>
        <translation>Tiempo que cada corredor puede dedicar a dar pasos</translation>
    </message>
    <message>
        <source> s each</source>
        <translation> s cada uno</translation>
    </message>
    <message>
        <source>Measure compares mini-batch gradients with the full gradient, then races SGD against full-batch descent.</source>
        <translation>Medir compara los gradientes de mini-lote con el gradiente completo y luego hace correr SGD contra el descenso de gradiente con el lote completo.</translation>
    </message>
    <message>
        <source>This view</source>
        <translation>Esta vista</translation>
    </message>
    <message>
        <source>Measuring gradients</source>
        <translation>Midiendo gradientes</translation>
    </message>
    <message>
        <source>Angle between a mini-batch gradient and ∇C: </source>
        <translation>Ángulo entre un gradiente de mini-lote y ∇C: </translation>
    </message>
    <message>
        <source>After {step:,} mini-batches:</source>
        <translation>Tras {step:,} mini-lotes:</translation>
    </message>
    <message>
        <source>‖∇C‖ over all {n:,} training images = {norm:.3g}.</source>
        <translation>‖∇C‖ sobre las {n:,} imágenes de entrenamiento = {norm:.3g}.</translation>
    </message>
    <message>
        <source>Race over {seconds:g} s: SGD reached {sgd:.4g}, full batch {gd:.4g}</source>
        <translation>Carrera de {seconds:g} s: SGD llegó a {sgd:.4g}, lote completo a {gd:.4g}</translation>
    </message>
    <message>
        <source>(SGD diverged: try a smaller η)</source>
        <translation>(SGD divergió: pruebe un η menor)</translation>
    </message>
</context>
<context>
    <name>GradientTiles</name>
    <message>
        <source>No gradient yet.</source>
        <translation>Aún no hay gradiente.</translation>
    </message>
    <message>
        <source>The first layer&apos;s {n} inputs do not form a square image.</source>
        <translation>Las {n} entradas de la primera capa no forman una imagen cuadrada.</translation>
    </message>
    <message>
        <source>the {shown} most sensitive of {n} neurons</source>
        <translation>las {shown} neuronas más sensibles de {n}</translation>
    </message>
    <message>
        <source>blue: raise w to lower C</source>
        <translation>azul: subir w baja C</translation>
    </message>
    <message>
        <source>  orange: lower w</source>
        <translation>  naranja: bajar w</translation>
    </message>
    <message>
        <source>  (saturates at |∂C/∂w| = %1)</source>
        <translation>  (se satura en |∂C/∂w| = %1)</translation>
    </message>
</context>
<context>
    <name>GradientView</name>
    <message>
        <source>how far a mini-batch gradient is from ∇C (dashed: ∝ 1/√b)</source>
        <translation>cuánto se aleja un gradiente de mini-lote de ∇C (discontinua: ∝ 1/√b)</translation>
    </message>
    <message>
        <source>batch size b</source>
        <translation>tamaño de lote b</translation>
    </message>
    <message>
        <source>same time, two ways downhill</source>
        <translation>mismo tiempo, dos caminos cuesta abajo</translation>
    </message>
    <message>
        <source>seconds of stepping</source>
        <translation>segundos dando pasos</translation>
    </message>
    <message>
        <source>cost on the sample</source>
        <translation>coste en la muestra</translation>
    </message>
    <message>
        <source>{name}: {steps:,} steps</source>
        <translation>{name}: {steps:,} pasos</translation>
    </message>
    <message>
        <source>full batch of {n:,}: {steps:,} steps</source>
        <translation>lote completo de {n:,}: {steps:,} pasos</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>Show me</source>
        <translation>Muéstramelo</translation>
    </message>
    <message>
        <source>Put the app in the state this step talks about</source>
        <translation>Poner la aplicación en el estado del que habla este paso</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lesson {n}&lt;/b&gt; · {title}</source>
        <translation>&lt;b&gt;Lección {n}&lt;/b&gt; · {title}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{i}/{n} · {title}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{i}/{n} · {title}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ hecho</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>pendiente</translation>
    </message>
</context>
<context>
    <name>HelpPopup</name>
    <message>
        <source>What am I looking at?</source>
        <translation>¿Qué estoy viendo?</translation>
    </message>
    <message>
        <source>What am I looking at? (F1)</source>
        <translation>¿Qué estoy viendo? (F1)</translation>
    </message>
    <message>
        <source>Explain, in plain words, the view that has the focus</source>
        <translation>Explicar con palabras sencillas la vista que tiene el foco</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>Diagrama de la red</translation>
    </message>
    <message>
        <source>Pick any view to read about it.</source>
        <translation>Elija cualquier vista para leer sobre ella.</translation>
    </message>
</context>
<context>
    <name>HelpTexts</name>
    <message>
        <source>The network itself, drawn like the lesson&apos;s figure. On the left the input image (784 pixels); then one column of neurons per layer. Each neuron&apos;s brightness is its activation a, between 0 (black) and 1 (white). A neuron computes a weighted sum of the previous layer, z = w·a + b — the weights w are the lines (blue positive, orange negative, only the strongest are drawn) and b is its bias — and squashes it with the sigmoid, a = σ(z). The brightest output neuron is the network&apos;s answer. Hover a neuron for its numbers; click one to inspect it (first layer: its weights as a picture; the Lab lets you edit it).</source>
        <translation>La red en sí, dibujada como la figura de la lección. A la izquierda, la imagen de entrada (784 píxeles); después, una columna de neuronas por capa. El brillo de cada neurona es su activación a, entre 0 (negro) y 1 (blanco). Una neurona calcula una suma ponderada de la capa anterior, z = w·a + b —los pesos w son las líneas (azul positivo, naranja negativo; solo se dibujan los más fuertes) y b es su sesgo— y la comprime con la sigmoide, a = σ(z). La neurona de salida más brillante es la respuesta de la red. Pase el ratón sobre una neurona para ver sus números; haga clic en una para examinarla (primera capa: sus pesos como imagen; el Laboratorio le permite editarla).</translation>
    </message>
    <message>
        <source>How training is going. The cost C measures how wrong the network is: for every image, the squared differences between its ten outputs and the right answer, averaged. Each faint point is the cost of one mini-batch — the handful of examples behind one gradient step — so it is noisy; the smooth line is a moving average of it that starts at the first cost. Once per epoch (a pass over all training images) the cost on the training and test sets and the test accuracy (right axis, always 0–100 %) are added. Going down means gradient descent is working; tick &apos;first epoch&apos; to see the fast start up close.</source>
        <translation>Cómo va el entrenamiento. El coste C mide cuánto se equivoca la red: para cada imagen, las diferencias al cuadrado entre sus diez salidas y la respuesta correcta, promediadas. Cada punto tenue es el coste de un mini-lote —el puñado de ejemplos detrás de un paso de gradiente—, así que tiene ruido; la línea suave es su media móvil, que empieza en el primer coste. Una vez por época (una pasada por todas las imágenes de entrenamiento) se añaden el coste en los conjuntos de entrenamiento y de prueba y la precisión de prueba (eje derecho, siempre 0–100 %). Si baja, el descenso de gradiente funciona; marque «primera época» para ver de cerca el comienzo rápido.</translation>
    </message>
    <message>
        <source>Each small picture is one first-hidden-layer neuron&apos;s 784 incoming weights, laid out like the image: blue pixels push its weighted sum up when they are lit, orange push it down, and pixels in the background colour do not matter. This is what that neuron &apos;looks for&apos;. Watch them change from random noise into strokes and blobs as the gradient nudges every weight; &apos;change since init&apos; shows only what training has added.</source>
        <translation>Cada imagen pequeña son los 784 pesos de entrada de una neurona de la primera capa oculta, dispuestos como la imagen: los píxeles azules suben su suma ponderada cuando están encendidos, los naranjas la bajan, y los píxeles del color de fondo no importan. Esto es lo que esa neurona «busca». Vea cómo pasan de ruido aleatorio a trazos y manchas a medida que el gradiente empuja cada peso; «cambio desde el inicio» muestra solo lo que ha añadido el entrenamiento.</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse. It is scaled and centred into 28×28 pixels the way MNIST digits were (the small picture shows exactly what the network receives), then sent through the network: the bars are the ten output activations, and the diagram shows every neuron&apos;s response to your drawing.</source>
        <translation>Dibuje un dígito con el ratón. Se escala y se centra en 28×28 píxeles como se hizo con los dígitos de MNIST (la imagen pequeña muestra exactamente lo que recibe la red) y luego pasa por la red: las barras son las diez activaciones de salida, y el diagrama muestra la respuesta de cada neurona a su dibujo.</translation>
    </message>
    <message>
        <source>Everything about the training run. The network: how many neurons per layer, the activation (sigmoid as in the lessons), the cost. Training: the learning rate η (how big each gradient step is), the mini-batch size (how many examples are averaged per step) and the number of epochs. Hover any control for what it does; Reset builds a fresh network with random weights and biases.</source>
        <translation>Todo sobre la ejecución del entrenamiento. La red: cuántas neuronas por capa, la activación (sigmoide, como en las lecciones), la función de coste. Entrenamiento: la tasa de aprendizaje η (el tamaño de cada paso de gradiente), el tamaño del mini-lote (cuántos ejemplos se promedian por paso) y el número de épocas. Pase el ratón sobre cualquier control para ver qué hace; Reiniciar crea una red nueva con pesos y sesgos aleatorios.</translation>
    </message>
    <message>
        <source>Operate on the trained network and see what each cut costs. Pick a neuron (or click it in the diagram): you see its weighted sum z, its bias b and its activation a = σ(z) for the input in the diagram, and its incoming weights. Shift its bias, scale its weights or switch it off; or act on the whole network: the output temperature (σ(z/T): surer or less sure answers), noise on every weight, pruning of the smallest weights. The accuracy on 1,000 test images updates at once, the full test set a moment later. Many neurons can be removed with little loss — knowledge is spread out. Nothing changes in the window until you press &apos;Use this network&apos;.</source>
        <translation>Opere la red entrenada y vea lo que cuesta cada corte. Elija una neurona (o haga clic en ella en el diagrama): verá su suma ponderada z, su sesgo b y su activación a = σ(z) para la entrada del diagrama, y sus pesos de entrada. Desplace su sesgo, escale sus pesos o apáguela; o actúe sobre toda la red: la temperatura de salida (σ(z/T): respuestas más o menos seguras), ruido en cada peso, poda de los pesos más pequeños. La precisión en 1.000 imágenes de prueba se actualiza al instante, y la del conjunto de prueba completo un momento después. Muchas neuronas pueden eliminarse con poca pérdida: el conocimiento está repartido. Nada cambia en la ventana hasta que pulse «Usar esta red».</translation>
    </message>
    <message>
        <source>Every dot is one test image; its colour is the digit it really is. Each small plot places the images by one layer&apos;s values — the 784 pixels, then each layer&apos;s activations — flattened to 2-D along the two directions in which they vary most (principal component analysis; the % says how much of the variation those two directions show). In the pixels the digits overlap; a trained network pulls them apart layer by layer until the output can separate them. Hover a dot for its image and the network&apos;s answer; click to show it in the diagram. (Only PCA: nnviz ships no t-SNE or UMAP library.)</source>
        <translation type="vanished">Cada punto es una imagen de prueba; su color es el dígito que realmente es. Cada gráfico pequeño sitúa las imágenes según los valores de una capa —los 784 píxeles, luego las activaciones de cada capa—, aplanados a 2-D a lo largo de las dos direcciones en las que más varían (análisis de componentes principales; el % indica cuánta variación muestran esas dos direcciones). En los píxeles los dígitos se solapan; una red entrenada los separa capa a capa hasta que la salida puede distinguirlos. Pase el ratón sobre un punto para ver su imagen y la respuesta de la red; haga clic para mostrarlo en el diagrama. (Solo PCA: nnviz no incluye ninguna biblioteca de t-SNE ni de UMAP.)</translation>
    </message>
    <message>
        <source>Every dot is one test image; its colour is the digit it really is. Each small plot places the images by one layer&apos;s values — the 784 pixels, then each layer&apos;s activations — flattened to 2-D along the two directions in which they vary most (principal component analysis; the % says how much of the variation those two directions show). In the pixels the digits overlap; a trained network pulls them apart layer by layer until the output can separate them. Hover a dot for its image and the network&apos;s answer; click to show it in the diagram. Instead of PCA the map can use t-SNE, which keeps each image&apos;s nearest neighbours together: clusters show more clearly, but distances between them mean less, and there is no %. t-SNE takes seconds per layer and needs the optional extra: pip install &quot;nnviz[tsne]&quot;.</source>
        <translation>Cada punto es una imagen de prueba; su color es el dígito que realmente es. Cada gráfico pequeño sitúa las imágenes según los valores de una capa —los 784 píxeles, luego las activaciones de cada capa—, aplanados a 2-D a lo largo de las dos direcciones en las que más varían (análisis de componentes principales; el % indica cuánta variación muestran esas dos direcciones). En los píxeles los dígitos se solapan; una red entrenada los separa capa a capa hasta que la salida puede distinguirlos. Pase el ratón sobre un punto para ver su imagen y la respuesta de la red; haga clic para mostrarlo en el diagrama. En lugar de PCA, el mapa puede usar t-SNE, que mantiene juntos los vecinos más cercanos de cada imagen: los grupos se ven con más claridad, pero las distancias entre ellos significan menos, y no hay %. t-SNE tarda segundos por capa y necesita el extra opcional: pip install &quot;nnviz[tsne]&quot;.</translation>
    </message>
    <message>
        <source>Backpropagation for one example, the way the lesson tells it. For the image in the diagram and the digit it should be, each output neuron wants to be nudged towards 1 or 0. It can get there three ways: change its bias, change its weights (most for the brightest previous neurons), or change the previous layer&apos;s activations. Adding up what every output wants from the layer before gives that layer&apos;s wishes, and so on backwards: that is the gradient of the cost for this one example.</source>
        <translation>Retropropagación para un ejemplo, tal como la cuenta la lección. Para la imagen del diagrama y el dígito que debería ser, cada neurona de salida quiere que la empujen hacia 1 o hacia 0. Puede llegar de tres maneras: cambiar su sesgo, cambiar sus pesos (sobre todo los de las neuronas anteriores más brillantes) o cambiar las activaciones de la capa anterior. Sumar lo que cada salida quiere de la capa anterior da los deseos de esa capa, y así sucesivamente hacia atrás: ese es el gradiente del coste para este único ejemplo.</translation>
    </message>
    <message>
        <source>Which weights matter right now: the size of each component of the gradient of the cost, averaged over a sample of training examples. A large value means a small change of that weight or bias changes the cost a lot. The first layer is shown as pictures, one per neuron; the table ranks the most and least influential parameters.</source>
        <translation>Qué pesos importan ahora mismo: el tamaño de cada componente del gradiente del coste, promediado sobre una muestra de ejemplos de entrenamiento. Un valor grande significa que un pequeño cambio de ese peso o sesgo cambia mucho el coste. La primera capa se muestra como imágenes, una por neurona; la tabla ordena los parámetros más y menos influyentes.</translation>
    </message>
    <message>
        <source>The chain rule on the lesson&apos;s toy network: one neuron per layer. Move the sliders for the weight w, the bias b, the previous activation and the desired output y, and watch z = w·a + b, a = σ(z) and the cost C₀ = (a − y)² follow. The slope ∂C₀/∂w is the product of three small derivatives along the chain; the plot shows C₀ against w with that slope as a tangent. Backpropagation does this for every weight at once.</source>
        <translation>La regla de la cadena en la red de juguete de la lección: una neurona por capa. Mueva los controles del peso w, el sesgo b, la activación anterior y la salida deseada y, y vea cómo z = w·a + b, a = σ(z) y el coste C₀ = (a − y)² los siguen. La pendiente ∂C₀/∂w es el producto de tres pequeñas derivadas a lo largo de la cadena; el gráfico muestra C₀ frente a w con esa pendiente como tangente. La retropropagación hace esto para todos los pesos a la vez.</translation>
    </message>
    <message>
        <source>Why train on mini-batches? The gradient of the cost over all 60,000 training images is exact but slow; a mini-batch&apos;s gradient is a cheap, noisy estimate of it. This panel measures how close the estimate is for batches of 1, 10, 100 and 1,000 images (1 = same direction), and races stochastic gradient descent against full-batch gradient descent for the same time: many rough steps usually beat a few exact ones.</source>
        <translation>¿Por qué entrenar con mini-lotes? El gradiente del coste sobre las 60.000 imágenes de entrenamiento es exacto pero lento; el gradiente de un mini-lote es una estimación barata y ruidosa de él. Este panel mide cuánto se acerca la estimación para lotes de 1, 10, 100 y 1.000 imágenes (1 = misma dirección) y enfrenta el descenso de gradiente estocástico con el descenso de gradiente sobre el lote completo durante el mismo tiempo: muchos pasos aproximados suelen ganar a unos pocos exactos.</translation>
    </message>
    <message>
        <source>The cost as a landscape around the network as it is now. The network has thousands of weights and biases, so the picture is a slice: the cost along two directions in weight space, dark valleys low. The line is the path training took; gradient descent rolls downhill, a step of size η along −∇C per mini-batch.</source>
        <translation>El coste como un paisaje alrededor de la red tal como está ahora. La red tiene miles de pesos y sesgos, así que la imagen es un corte: el coste a lo largo de dos direcciones del espacio de pesos, con los valles oscuros abajo. La línea es el camino que siguió el entrenamiento; el descenso de gradiente rueda cuesta abajo, un paso de tamaño η a lo largo de −∇C por mini-lote.</translation>
    </message>
    <message>
        <source>How good the network is, and where it fails: the test accuracy; the confusion matrix (row = the true digit, column = the answer, so everything off the diagonal is a mistake — click a cell for its images); the mistakes it makes most confidently; and the test images each hidden neuron responds to most.</source>
        <translation>Lo buena que es la red y dónde falla: la precisión de prueba; la matriz de confusión (fila = el dígito real, columna = la respuesta, así que todo lo que está fuera de la diagonal es un error; haga clic en una celda para ver sus imágenes); los errores que comete con más seguridad; y las imágenes de prueba a las que más responde cada neurona oculta.</translation>
    </message>
    <message>
        <source>The images the network learns from: samples of each class, how many there are of each, the average image of each digit, the spread of pixel values, and what data augmentation does to them. Click an image to send it through the network.</source>
        <translation>Las imágenes de las que aprende la red: muestras de cada clase, cuántas hay de cada una, la imagen media de cada dígito, la distribución de los valores de los píxeles y lo que el aumento de datos les hace. Haga clic en una imagen para pasarla por la red.</translation>
    </message>
    <message>
        <source>How the network copes with damaged images: noise, rotation, thicker or thinner strokes, shifts. The curve is the test accuracy at each level of damage. On the right: if the network only answers when its largest output is high enough, how many images does it answer, and how often is it right then?</source>
        <translation>Cómo se las arregla la red con imágenes dañadas: ruido, rotación, trazos más gruesos o más finos, desplazamientos. La curva es la precisión de prueba en cada nivel de daño. A la derecha: si la red solo responde cuando su mayor salida es lo bastante alta, ¿cuántas imágenes responde y con qué frecuencia acierta entonces?</translation>
    </message>
    <message>
        <source>A recording of the training run. Drag the slider back in time to see the weights, the diagram and the cost as they were after that many mini-batches; &apos;Live&apos; returns to the present.</source>
        <translation>Una grabación de la ejecución del entrenamiento. Arrastre el control hacia atrás en el tiempo para ver los pesos, el diagrama y el coste tal como eran tras esos mini-lotes; «En directo» vuelve al presente.</translation>
    </message>
    <message>
        <source>Train on your own images: import a CSV file, a folder of images (one sub-folder per class) or IDX files. The panel shows what arrived and what was skipped, and why, before you train on it.</source>
        <translation>Entrene con sus propias imágenes: importe un archivo CSV, una carpeta de imágenes (una subcarpeta por clase) o archivos IDX. El panel muestra lo que llegó y lo que se omitió, y por qué, antes de que entrene con ello.</translation>
    </message>
    <message>
        <source>The input in the diagram through each first-layer neuron&apos;s eyes: its weights, the products weight × pixel that its weighted sum adds up, and then z = Σ w·x + b and a = σ(z) — exactly the activation the diagram shows for that neuron.</source>
        <translation>La entrada del diagrama a través de los ojos de cada neurona de la primera capa: sus pesos, los productos peso × píxel que suma su suma ponderada, y luego z = Σ w·x + b y a = σ(z): exactamente la activación que el diagrama muestra para esa neurona.</translation>
    </message>
    <message>
        <source>Draw one of the classes with the mouse. It is scaled and centred into 28×28 pixels (the small picture shows exactly what the network receives), then sent through the network: the bars are the output activations, one per class, and the diagram shows every neuron&apos;s response to your drawing.</source>
        <translation>Dibuje una de las clases con el ratón. Se escala y se centra en 28×28 píxeles (la imagen pequeña muestra exactamente lo que recibe la red) y luego pasa por la red: las barras son las activaciones de salida, una por clase, y el diagrama muestra la respuesta de cada neurona a su dibujo.</translation>
    </message>
    <message>
        <source>Every dot is one test image; its colour is the class it really belongs to. Each small plot places the images by one layer&apos;s values — the 784 pixels, then each layer&apos;s activations — flattened to 2-D along the two directions in which they vary most (principal component analysis; the % says how much of the variation those two directions show). In the pixels the classes overlap; a trained network pulls them apart layer by layer until the output can separate them. Hover a dot for its image and the network&apos;s answer; click to show it in the diagram. Instead of PCA the map can use t-SNE, which keeps each image&apos;s nearest neighbours together: clusters show more clearly, but distances between them mean less, and there is no %. t-SNE takes seconds per layer and needs the optional extra: pip install &quot;nnviz[tsne]&quot;.</source>
        <translation>Cada punto es una imagen de prueba; su color es la clase a la que realmente pertenece. Cada gráfico pequeño sitúa las imágenes según los valores de una capa —los 784 píxeles, luego las activaciones de cada capa—, aplanados a 2-D a lo largo de las dos direcciones en las que más varían (análisis de componentes principales; el % indica cuánta variación muestran esas dos direcciones). En los píxeles las clases se solapan; una red entrenada las separa capa a capa hasta que la salida puede distinguirlas. Pase el ratón sobre un punto para ver su imagen y la respuesta de la red; haga clic para mostrarlo en el diagrama. En lugar de PCA, el mapa puede usar t-SNE, que mantiene juntos los vecinos más cercanos de cada imagen: los grupos se ven con más claridad, pero las distancias entre ellos significan menos, y no hay %. t-SNE tarda segundos por capa y necesita el extra opcional: pip install &quot;nnviz[tsne]&quot;.</translation>
    </message>
    <message>
        <source>Backpropagation for one example, the way the lesson tells it. For the image in the diagram and the class it should be, each output neuron wants to be nudged towards 1 or 0. It can get there three ways: change its bias, change its weights (most for the brightest previous neurons), or change the previous layer&apos;s activations. Adding up what every output wants from the layer before gives that layer&apos;s wishes, and so on backwards: that is the gradient of the cost for this one example.</source>
        <translation>Retropropagación para un ejemplo, tal como la cuenta la lección. Para la imagen del diagrama y la clase que debería ser, cada neurona de salida quiere que la empujen hacia 1 o hacia 0. Puede llegar de tres maneras: cambiar su sesgo, cambiar sus pesos (sobre todo los de las neuronas anteriores más brillantes) o cambiar las activaciones de la capa anterior. Sumar lo que cada salida quiere de la capa anterior da los deseos de esa capa, y así sucesivamente hacia atrás: ese es el gradiente del coste para este único ejemplo.</translation>
    </message>
    <message>
        <source>How good the network is, and where it fails: the test accuracy; the confusion matrix (row = the true class, column = the answer, so everything off the diagonal is a mistake — click a cell for its images); the mistakes it makes most confidently; and the test images each hidden neuron responds to most.</source>
        <translation>Lo buena que es la red y dónde falla: la precisión de prueba; la matriz de confusión (fila = la clase real, columna = la respuesta, así que todo lo que está fuera de la diagonal es un error; haga clic en una celda para ver sus imágenes); los errores que comete con más seguridad; y las imágenes de prueba a las que más responde cada neurona oculta.</translation>
    </message>
    <message>
        <source>The images the network learns from: samples of each class, how many there are of each, the average image of each class, the spread of pixel values, and what data augmentation does to them. Click an image to send it through the network.</source>
        <translation>Las imágenes de las que aprende la red: muestras de cada clase, cuántas hay de cada una, la imagen media de cada clase, la distribución de los valores de los píxeles y lo que el aumento de datos les hace. Haga clic en una imagen para pasarla por la red.</translation>
    </message>
    <message>
        <source>Colours, in every view: blue = positive, orange = negative, the background colour = zero (weights, gradients, nudges, contributions); a neuron&apos;s brightness is its activation, black = 0, white = 1.</source>
        <translation>Colores, en todas las vistas: azul = positivo, naranja = negativo, el color de fondo = cero (pesos, gradientes, empujones, contribuciones); el brillo de una neurona es su activación, negro = 0, blanco = 1.</translation>
    </message>
    <message>
        <source>No help has been written for this view yet.</source>
        <translation>Aún no hay ayuda escrita para esta vista.</translation>
    </message>
</context>
<context>
    <name>ImportData</name>
    <message>
        <source>your own data (instead of --dataset)</source>
        <translation>sus propios datos (en lugar de --dataset)</translation>
    </message>
    <message>
        <source>CSV with a label column then the pixels (label,pixel0,…,pixel783)</source>
        <translation>CSV con una columna de etiqueta y después los píxeles (label,pixel0,…,pixel783)</translation>
    </message>
    <message>
        <source>folder with one sub-folder of PNG/JPEG/BMP images per class</source>
        <translation>carpeta con una subcarpeta de imágenes PNG/JPEG/BMP por clase</translation>
    </message>
    <message>
        <source>an IDX images file and its labels file (EMNIST, KMNIST …)</source>
        <translation>un archivo de imágenes IDX y su archivo de etiquetas (EMNIST, KMNIST …)</translation>
    </message>
    <message>
        <source>with --data-csv: a separate test CSV</source>
        <translation>con --data-csv: un CSV de prueba aparte</translation>
    </message>
    <message>
        <source>with --data-idx: a separate test pair</source>
        <translation>con --data-idx: un par de prueba aparte</translation>
    </message>
    <message>
        <source>class names, one per line (or EMNIST&apos;s mapping file)</source>
        <translation>nombres de clase, uno por línea (o el archivo de correspondencias de EMNIST)</translation>
    </message>
    <message>
        <source>share of each class held back for testing when no test set is given (default 0.2; which images, is fixed by --seed)</source>
        <translation>fracción de cada clase reservada para la prueba cuando no se da un conjunto de prueba (por defecto 0.2; qué imágenes, lo fija --seed)</translation>
    </message>
    <message>
        <source>use either --dataset or --data-csv/--data-folder/--data-idx, not both.</source>
        <translation>use --dataset o bien --data-csv/--data-folder/--data-idx, no ambos.</translation>
    </message>
    <message>
        <source>--test-csv goes with --data-csv, and --test-idx with --data-idx.</source>
        <translation>--test-csv va con --data-csv, y --test-idx con --data-idx.</translation>
    </message>
    <message>
        <source>--class-names does not apply to --data-folder: the sub-folder names are the class names.</source>
        <translation>--class-names no se aplica a --data-folder: los nombres de las subcarpetas son los nombres de clase.</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>nota: {note}</translation>
    </message>
    <message>
        <source>skipped {where}: {reason}</source>
        <translation>omitido {where}: {reason}</translation>
    </message>
    <message>
        <source>… and {n:,} more skipped</source>
        <translation>… y {n:,} omitidos más</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importación</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Your data</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>CSV file…</source>
        <translation>Archivo CSV…</translation>
    </message>
    <message>
        <source>A CSV with a label column then the pixels (label,pixel0,…,pixel783). Choose a second file to use it as the test set.</source>
        <translation>Un CSV con una columna de etiqueta y después los píxeles (label,pixel0,…,pixel783). Elija un segundo archivo para usarlo como conjunto de prueba.</translation>
    </message>
    <message>
        <source>Image folder…</source>
        <translation>Carpeta de imágenes…</translation>
    </message>
    <message>
        <source>A folder with one sub-folder of PNG/JPEG/BMP pictures per class, e.g. digits/7/*.png</source>
        <translation>Una carpeta con una subcarpeta de imágenes PNG/JPEG/BMP por clase, p. ej. digits/7/*.png</translation>
    </message>
    <message>
        <source>IDX files…</source>
        <translation>Archivos IDX…</translation>
    </message>
    <message>
        <source>An IDX images file and its labels (EMNIST, KMNIST…); optionally the test pair and a class-names .txt, all at once</source>
        <translation>Un archivo de imágenes IDX y sus etiquetas (EMNIST, KMNIST…); opcionalmente el par de prueba y un .txt con nombres de clase, todo a la vez</translation>
    </message>
    <message>
        <source>My digits</source>
        <translation>Mis dígitos</translation>
    </message>
    <message>
        <source>The drawings you saved from the pad</source>
        <translation>Los dibujos que guardó desde el lienzo</translation>
    </message>
    <message>
        <source>Share of each class held back as the test set when the data bring none</source>
        <translation>Fracción de cada clase reservada como conjunto de prueba cuando los datos no traen uno</translation>
    </message>
    <message>
        <source>Which images are held back is fixed by this seed: the same seed gives the same split</source>
        <translation>Qué imágenes se reservan lo fija esta semilla: la misma semilla da la misma división</translation>
    </message>
    <message>
        <source>Test split</source>
        <translation>Fracción de prueba</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>semilla</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the import; nothing is kept from it.</source>
        <translation>Detener la importación; no se conserva nada de ella.</translation>
    </message>
    <message>
        <source>Bring your own data: import it, look at it, then train on it.</source>
        <translation>Traiga sus propios datos: impórtelos, revíselos y entrene con ellos.</translation>
    </message>
    <message>
        <source>Everything that was not imported, and why</source>
        <translation>Todo lo que no se importó, y por qué</translation>
    </message>
    <message>
        <source>Train on this dataset</source>
        <translation>Entrenar con este conjunto de datos</translation>
    </message>
    <message>
        <source>Make this the training data; the output layer gets one neuron per class</source>
        <translation>Usar estos datos para entrenar; la capa de salida tendrá una neurona por clase</translation>
    </message>
    <message>
        <source>CSV file (and optionally its test CSV)</source>
        <translation>Archivo CSV (y opcionalmente su CSV de prueba)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Folder with one sub-folder per class</source>
        <translation>Carpeta con una subcarpeta por clase</translation>
    </message>
    <message>
        <source>IDX images and labels (optionally the test pair and a class-names .txt)</source>
        <translation>Imágenes y etiquetas IDX (opcionalmente el par de prueba y un .txt con nombres de clase)</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Ya hay una importación en curso.</translation>
    </message>
    <message>
        <source>Importing {what}…</source>
        <translation>Importando {what}…</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Importación cancelada.</translation>
    </message>
    <message>
        <source>Could not import: {message}</source>
        <translation>No se pudo importar: {message}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {n:,} images in {classes} classes, {h}×{w} pixels — {train:,} training, {test:,} test</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: {n:,} imágenes en {classes} clases, {h}×{w} píxeles — {train:,} de entrenamiento, {test:,} de prueba</translation>
    </message>
    <message>
        <source>Skipped {n:,} item(s) (first {shown:,} listed):</source>
        <translation>Omitidos {n:,} elementos (se muestran los primeros {shown:,}):</translation>
    </message>
    <message>
        <source>Skipped {n:,} item(s):</source>
        <translation>Omitidos {n:,} elementos:</translation>
    </message>
    <message>
        <source>Nothing was skipped.</source>
        <translation>No se omitió nada.</translation>
    </message>
    <message>
        <source>Training data: {name} ({classes} classes).</source>
        <translation>Datos de entrenamiento: {name} ({classes} clases).</translation>
    </message>
</context>
<context>
    <name>ImportSummaryView</name>
    <message>
        <source>training</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>test</source>
        <translation>prueba</translation>
    </message>
</context>
<context>
    <name>InputCaption</name>
    <message>
        <source>your drawing</source>
        <translation>su dibujo</translation>
    </message>
    <message>
        <source>training example {i:,}</source>
        <translation>ejemplo de entrenamiento {i:,}</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Error inesperado: {error}</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop this computation (Esc)</source>
        <translation>Detener este cálculo (Esc)</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
</context>
<context>
    <name>LabPanel</name>
    <message>
        <source>Lab</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Share of a fixed random sample of 1,000 test images that the network gets right, and its cost C on them, before → after your edits. Updates as you move a slider.</source>
        <translation>Fracción de una muestra aleatoria fija de 1.000 imágenes de prueba que la red acierta, y su coste C en ellas, antes → después de sus cambios. Se actualiza al mover un control deslizante.</translation>
    </message>
    <message>
        <source>The same on every test image, computed in the background a moment later.</source>
        <translation>Lo mismo en todas las imágenes de prueba, calculado en segundo plano un momento después.</translation>
    </message>
    <message>
        <source>Every edit now applied. Reset edits removes them all.</source>
        <translation>Todos los cambios aplicados ahora. «Deshacer cambios» los quita todos.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Edits</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Reset edits</source>
        <translation>Deshacer cambios</translation>
    </message>
    <message>
        <source>Undo every edit: back to the network the window is showing.</source>
        <translation>Deshacer todos los cambios: volver a la red que muestra la ventana.</translation>
    </message>
    <message>
        <source>Use this network</source>
        <translation>Usar esta red</translation>
    </message>
    <message>
        <source>Make the edited network the window&apos;s current network (the diagram, the pad and File ▸ Save model then use it).</source>
        <translation>Convertir la red modificada en la red actual de la ventana (el diagrama, el lienzo y Archivo ▸ Guardar modelo la usarán).</translation>
    </message>
    <message>
        <source>Save edited…</source>
        <translation>Guardar modificada…</translation>
    </message>
    <message>
        <source>Save the edited network as a model file, without changing the window&apos;s network.</source>
        <translation>Guardar la red modificada como archivo de modelo, sin cambiar la red de la ventana.</translation>
    </message>
    <message>
        <source>No network yet: train one or load a model.</source>
        <translation>Aún no hay red: entrene una o cargue un modelo.</translation>
    </message>
    <message>
        <source>The network changed, so the lab&apos;s edits were dropped.</source>
        <translation>La red cambió, así que se descartaron los cambios del laboratorio.</translation>
    </message>
    <message>
        <source>The edited network is now the current one; File ▸ Save model saves it.</source>
        <translation>La red modificada es ahora la actual; Archivo ▸ Guardar modelo la guarda.</translation>
    </message>
    <message>
        <source>Save edited network</source>
        <translation>Guardar la red modificada</translation>
    </message>
    <message>
        <source>nnviz model (*.npz)</source>
        <translation>modelo de nnviz (*.npz)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>Saved the edited network to {path}</source>
        <translation>Red modificada guardada en {path}</translation>
    </message>
    <message>
        <source>no edits: the original network</source>
        <translation>sin cambios: la red original</translation>
    </message>
    <message>
        <source>Load a dataset to measure accuracy.</source>
        <translation>Cargue un conjunto de datos para medir la precisión.</translation>
    </message>
    <message>
        <source>Accuracy on {n:,} test images: {a0} → &lt;b&gt;{a1}&lt;/b&gt; · cost C {c0:.3f} → &lt;b&gt;{c1:.3f}&lt;/b&gt;</source>
        <translation>Precisión en {n:,} imágenes de prueba: {a0} → &lt;b&gt;{a1}&lt;/b&gt; · coste C {c0:.3f} → &lt;b&gt;{c1:.3f}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All test images: measuring…</source>
        <translation>Todas las imágenes de prueba: midiendo…</translation>
    </message>
    <message>
        <source>Show an input in the diagram to see the network&apos;s answer.</source>
        <translation>Muestre una entrada en el diagrama para ver la respuesta de la red.</translation>
    </message>
    <message>
        <source>For the {caption}, true label {label}: the original network says {before}, the edited one says &lt;b&gt;{after}&lt;/b&gt;.</source>
        <translation>Para {caption}, etiqueta real {label}: la red original dice {before}, la modificada dice &lt;b&gt;{after}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>For the {caption}: the original network says {before}, the edited one says &lt;b&gt;{after}&lt;/b&gt;.</source>
        <translation>Para {caption}: la red original dice {before}, la modificada dice &lt;b&gt;{after}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>All {n:,} test images: {before} → &lt;b&gt;{after}&lt;/b&gt;</source>
        <translation>Las {n:,} imágenes de prueba: {before} → &lt;b&gt;{after}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>LandscapePanel</name>
    <message>
        <source>Path plane (PCA)</source>
        <translation>Plano de la trayectoria (PCA)</translation>
    </message>
    <message>
        <source>Random plane</source>
        <translation>Plano aleatorio</translation>
    </message>
    <message>
        <source>Cost landscape</source>
        <translation>Paisaje del coste</translation>
    </message>
    <message>
        <source>Training path: the plane in which training actually moved (two principal directions of the recorded parameters). Random: two Gaussian directions, each neuron&apos;s scaled to its own weights.</source>
        <translation>Trayectoria de entrenamiento: el plano en el que realmente se movió el entrenamiento (dos direcciones principales de los parámetros registrados). Aleatorio: dos direcciones gaussianas, cada una escalada por neurona a sus propios pesos.</translation>
    </message>
    <message>
        <source>Training examples the cost is measured on</source>
        <translation>Ejemplos de entrenamiento sobre los que se mide el coste</translation>
    </message>
    <message>
        <source> examples</source>
        <translation> ejemplos</translation>
    </message>
    <message>
        <source>Grid points per side (the grid is n × n)</source>
        <translation>Puntos de la rejilla por lado (la rejilla es n × n)</translation>
    </message>
    <message>
        <source>grid </source>
        <translation>rejilla </translation>
    </message>
    <message>
        <source>Random directions: how far to go each way, in units of the weights&apos; own size</source>
        <translation>Direcciones aleatorias: cuánto avanzar en cada sentido, en unidades del tamaño propio de los pesos</translation>
    </message>
    <message>
        <source>Learning rate η of the next step drawn on the slice along −∇C</source>
        <translation>Tasa de aprendizaje η del siguiente paso dibujado en el corte a lo largo de −∇C</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Calcular</translation>
    </message>
    <message>
        <source>Slice the cost around the current parameters (F9)</source>
        <translation>Cortar el coste alrededor de los parámetros actuales (F9)</translation>
    </message>
    <message>
        <source>Press Compute to slice the cost around the current parameters.</source>
        <translation>Pulse Calcular para cortar el coste alrededor de los parámetros actuales.</translation>
    </message>
    <message>
        <source>The landscape</source>
        <translation>El paisaje</translation>
    </message>
    <message>
        <source>This network has too many parameters to record its training path, so random directions are shown.</source>
        <translation>Esta red tiene demasiados parámetros para registrar su trayectoria de entrenamiento, así que se muestran direcciones aleatorias.</translation>
    </message>
    <message>
        <source>No training path recorded yet (train a little first), so random directions are shown.</source>
        <translation>Aún no se ha registrado ninguna trayectoria (entrene un poco primero), así que se muestran direcciones aleatorias.</translation>
    </message>
    <message>
        <source>Slicing the cost</source>
        <translation>Cortando el coste</translation>
    </message>
    <message>
        <source>α (path direction 1)</source>
        <translation>α (dirección de la trayectoria 1)</translation>
    </message>
    <message>
        <source>β (path direction 2)</source>
        <translation>β (dirección de la trayectoria 2)</translation>
    </message>
    <message>
        <source>α (random direction 1)</source>
        <translation>α (dirección aleatoria 1)</translation>
    </message>
    <message>
        <source>β (random direction 2)</source>
        <translation>β (dirección aleatoria 2)</translation>
    </message>
    <message>
        <source>Training-path plane ({first:.0f} % + {second:.0f} % of its spread)</source>
        <translation>Plano de la trayectoria de entrenamiento ({first:.0f} % + {second:.0f} % de su dispersión)</translation>
    </message>
    <message>
        <source>Plane of two random filter-normalised directions</source>
        <translation>Plano de dos direcciones aleatorias normalizadas por filtro</translation>
    </message>
    <message>
        <source>★ = now, after {step:,} mini-batches</source>
        <translation>★ = ahora, tras {step:,} mini-lotes</translation>
    </message>
    <message>
        <source>★ = now</source>
        <translation>★ = ahora</translation>
    </message>
    <message>
        <source>{grid}×{grid} grid on {n:,} examples: {seconds:.2f} s. Along −∇C the slope is {slope:.3g}; a step of η = {lr:g} goes {step:.3g} and takes C from {C0:.4g} to {C_step:.4g}.</source>
        <translation>Rejilla de {grid}×{grid} con {n:,} ejemplos: {seconds:.2f} s. A lo largo de −∇C la pendiente es {slope:.3g}; un paso de η = {lr:g} avanza {step:.3g} y lleva C de {C0:.4g} a {C_step:.4g}.</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <source>cost around θ₀ (log₁₀ C)</source>
        <translation>coste alrededor de θ₀ (log₁₀ C)</translation>
    </message>
    <message>
        <source>α (direction 1)</source>
        <translation>α (dirección 1)</translation>
    </message>
    <message>
        <source>β (direction 2)</source>
        <translation>β (dirección 2)</translation>
    </message>
    <message>
        <source>cost along −∇C</source>
        <translation>coste a lo largo de −∇C</translation>
    </message>
    <message>
        <source>distance along −∇C</source>
        <translation>distancia a lo largo de −∇C</translation>
    </message>
    <message>
        <source>cost C</source>
        <translation>coste C</translation>
    </message>
    <message>
        <source>tangent, slope −‖∇C‖</source>
        <translation>tangente, pendiente −‖∇C‖</translation>
    </message>
    <message>
        <source>after the next step (η‖∇C‖)</source>
        <translation>tras el siguiente paso (η‖∇C‖)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation>Idioma del sistema ({0})</translation>
    </message>
    <message>
        <source>nnviz will use {0} from its next start.</source>
        <translation>nnviz usará {0} a partir del próximo inicio.</translation>
    </message>
</context>
<context>
    <name>LessonController</name>
    <message>
        <source>Lesson guide</source>
        <translation>Guía de la lección</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lecciones</translation>
    </message>
    <message>
        <source>training example {i:,}</source>
        <translation>ejemplo de entrenamiento {i:,}</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Watch a neural network learn to read handwritten digits. Without a command, opens the window.</source>
        <translation>Observe cómo una red neuronal aprende a leer dígitos manuscritos. Sin un comando, abre la ventana.</translation>
    </message>
    <message>
        <source>train from the command line</source>
        <translation>entrenar desde la línea de comandos</translation>
    </message>
    <message>
        <source>classify image files with a model</source>
        <translation>clasificar archivos de imagen con un modelo</translation>
    </message>
    <message>
        <source>download MNIST into the user cache</source>
        <translation>descargar MNIST en la caché del usuario</translation>
    </message>
    <message>
        <source>add nnviz to (or remove it from) your application menu</source>
        <translation>añadir nnviz al menú de aplicaciones (o quitarlo de él)</translation>
    </message>
    <message>
        <source>open the window (the default)</source>
        <translation>abrir la ventana (predeterminado)</translation>
    </message>
    <message>
        <source>measure training and GUI speed</source>
        <translation>medir la velocidad del entrenamiento y de la interfaz</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>nnviz — watch a neural network learn to read digits</source>
        <translation>nnviz — vea cómo una red neuronal aprende a leer dígitos</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>First-layer weights</source>
        <translation>Pesos de la primera capa</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>Dibujar un dígito</translation>
    </message>
    <message>
        <source>Cost and accuracy</source>
        <translation>Coste y precisión</translation>
    </message>
    <message>
        <source>Network settings changed: press Reset to build the new network.</source>
        <translation>Ajustes de la red cambiados: pulse Reiniciar para construir la nueva red.</translation>
    </message>
    <message>
        <source>Draw a piece of clothing</source>
        <translation>Dibujar una prenda</translation>
    </message>
    <message>
        <source>nnviz — watch a neural network learn to tell clothes apart</source>
        <translation>nnviz — vea cómo una red neuronal aprende a distinguir prendas</translation>
    </message>
    <message>
        <source>Draw something</source>
        <translation>Dibujar algo</translation>
    </message>
    <message>
        <source>nnviz — watch a neural network learn to tell pictures apart</source>
        <translation>nnviz — vea cómo una red neuronal aprende a distinguir imágenes</translation>
    </message>
    <message>
        <source>Nothing drawn yet</source>
        <translation>Aún no hay nada dibujado</translation>
    </message>
    <message>
        <source>No model for 28×28 images yet</source>
        <translation>Aún no hay modelo para imágenes de 28×28</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Restablecer la disposición</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>F1 — what am I looking at? (explains the view in use)</source>
        <translation>F1 — ¿qué estoy viendo? (explica la vista en uso)</translation>
    </message>
    <message>
        <source>F5 or Ctrl+Enter — train / pause / resume</source>
        <translation>F5 o Ctrl+Intro — entrenar / pausar / reanudar</translation>
    </message>
    <message>
        <source>F10 — step one mini-batch</source>
        <translation>F10 — un paso de un mini-lote</translation>
    </message>
    <message>
        <source>Shift+F10 — step one epoch</source>
        <translation>Mayús+F10 — una época</translation>
    </message>
    <message>
        <source>Ctrl+R — reset the network</source>
        <translation>Ctrl+R — reiniciar la red</translation>
    </message>
    <message>
        <source>F4 — the diagram follows the training examples again</source>
        <translation>F4 — el diagrama vuelve a seguir los ejemplos de entrenamiento</translation>
    </message>
    <message>
        <source>Ctrl+O / Ctrl+S — load / save model</source>
        <translation>Ctrl+O / Ctrl+S — cargar / guardar el modelo</translation>
    </message>
    <message>
        <source>Ctrl+E — export the window as PNG</source>
        <translation>Ctrl+E — exportar la ventana como PNG</translation>
    </message>
    <message>
        <source>Ctrl+B (in Backprop) — apply this example&apos;s gradient step</source>
        <translation>Ctrl+B (en Retropropagación) — aplicar el paso de gradiente de este ejemplo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S — save the drawing to your own digits</source>
        <translation>Ctrl+Mayús+S — guardar el dibujo en sus propios dígitos</translation>
    </message>
    <message>
        <source>F6 — show the view in use alone (again: back)</source>
        <translation>F6 — mostrar solo la vista en uso (otra vez: volver)</translation>
    </message>
    <message>
        <source>F11 — presenting: full screen, larger text</source>
        <translation>F11 — presentar: pantalla completa, texto más grande</translation>
    </message>
    <message>
        <source>Ctrl+= / Ctrl+− / Ctrl+0 — larger, smaller, normal text</source>
        <translation>Ctrl+= / Ctrl+− / Ctrl+0 — texto más grande, más pequeño, normal</translation>
    </message>
    <message>
        <source>Esc (on the pad) — clear the drawing</source>
        <translation>Esc (en el panel de dibujo) — borrar el dibujo</translation>
    </message>
    <message>
        <source>Ctrl+Z (on the pad) — undo the last stroke</source>
        <translation>Ctrl+Z (en el panel de dibujo) — deshacer el último trazo</translation>
    </message>
    <message>
        <source>Ctrl+Q — quit</source>
        <translation>Ctrl+Q — salir</translation>
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
        <translation>Las dos direcciones en las que más varían los valores de la capa: rápido, sigue el entrenamiento en directo</translation>
    </message>
    <message>
        <source>t-SNE</source>
        <translation>t-SNE</translation>
    </message>
    <message>
        <source>Keeps each image&apos;s nearest neighbours together: shows the clusters a trained layer makes; computed when training pauses (seconds per layer)</source>
        <translation>Mantiene juntos los vecinos más cercanos de cada imagen: muestra los grupos que forma una capa entrenada; se calcula cuando el entrenamiento se pausa (segundos por capa)</translation>
    </message>
    <message>
        <source>t-SNE (needs: pip install &quot;nnviz[tsne]&quot;)</source>
        <translation>t-SNE (requiere: pip install &quot;nnviz[tsne]&quot;)</translation>
    </message>
    <message>
        <source>t-SNE needs the optional package openTSNE: pip install &quot;nnviz[tsne]&quot;</source>
        <translation>t-SNE necesita el paquete opcional openTSNE: pip install &quot;nnviz[tsne]&quot;</translation>
    </message>
    <message>
        <source>How each layer is flattened onto the plane</source>
        <translation>Cómo se proyecta cada capa sobre el plano</translation>
    </message>
    <message>
        <source>Map:</source>
        <translation>Mapa:</translation>
    </message>
    <message>
        <source>{0:,} test images by t-SNE (neighbours kept together; distances between clusters mean little)</source>
        <translation>{0:,} imágenes de prueba con t-SNE (los vecinos quedan juntos; las distancias entre grupos significan poco)</translation>
    </message>
    <message>
        <source>The maps of the layers show an earlier state of the network; they are computed again once training pauses.</source>
        <translation>Los mapas de las capas muestran un estado anterior de la red; se vuelven a calcular cuando el entrenamiento se pausa.</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>layer {0}</source>
        <translation>capa {0}</translation>
    </message>
    <message>
        <source>t-SNE of {0}</source>
        <translation>t-SNE de {0}</translation>
    </message>
    <message>
        <source>t-SNE: finding neighbours…</source>
        <translation>t-SNE: buscando vecinos…</translation>
    </message>
    <message>
        <source>t-SNE failed: {0}</source>
        <translation>t-SNE falló: {0}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Entrenar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ayuda</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <source>Reading the model…</source>
        <translation type="vanished">Leyendo el modelo…</translation>
    </message>
</context>
<context>
    <name>ModelFilesController</name>
    <message>
        <source>Load model…</source>
        <translation>Cargar modelo…</translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation>Guardar modelo…</translation>
    </message>
    <message>
        <source>Export window as PNG…</source>
        <translation>Exportar la ventana como PNG…</translation>
    </message>
    <message>
        <source>Export view as PNG</source>
        <translation>Exportar una vista como PNG</translation>
    </message>
    <message>
        <source>network</source>
        <translation>red</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>coste</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>pesos</translation>
    </message>
    <message>
        <source>pad</source>
        <translation>lienzo</translation>
    </message>
    <message>
        <source>Load model</source>
        <translation>Cargar modelo</translation>
    </message>
    <message>
        <source>nnviz model (*.npz)</source>
        <translation>Modelo de nnviz (*.npz)</translation>
    </message>
    <message>
        <source>Reading the model…</source>
        <translation>Leyendo el modelo…</translation>
    </message>
    <message>
        <source>{file}: the network takes {inputs} inputs but {data} images have {pixels} pixels; load a model made for these images, or press Reset to build one.</source>
        <translation>{file}: la red recibe {inputs} entradas, pero las imágenes de {data} tienen {pixels} píxeles; cargue un modelo hecho para estas imágenes o pulse Reiniciar para crear uno.</translation>
    </message>
    <message>
        <source>Cannot load this autosave</source>
        <translation>No se puede cargar este guardado automático</translation>
    </message>
    <message>
        <source>Cannot load this model</source>
        <translation>No se puede cargar este modelo</translation>
    </message>
    <message>
        <source>loaded from {path}</source>
        <translation>cargado desde {path}</translation>
    </message>
    <message>
        <source>Loaded {path}; Train continues training it.</source>
        <translation>{path} cargado; Entrenar continúa su entrenamiento.</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>Guardar modelo</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} guardado</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Exportar PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <source>Could not write {path}.</source>
        <translation type="vanished">No se pudo escribir {path}.</translation>
    </message>
</context>
<context>
    <name>NetworkCaption</name>
    <message>
        <source>pretrained 784-16-16-10 (96.4 % on MNIST)</source>
        <translation>preentrenada 784-16-16-10 (96,4 % en MNIST)</translation>
    </message>
    <message>
        <source>pretrained 784-16-16-10 (3b1b-96 preset, 96.4 % on MNIST)</source>
        <translation>preentrenada 784-16-16-10 (preajuste 3b1b-96, 96,4 % en MNIST)</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>⋮ {n} more</source>
        <translation>⋮ {n} más</translation>
    </message>
    <message>
        <source>{side}×{side} input</source>
        <translation>entrada {side}×{side}</translation>
    </message>
    <message>
        <source>input · {n}</source>
        <translation>entrada · {n}</translation>
    </message>
    <message>
        <source>hidden {layer} · {n}</source>
        <translation>oculta {layer} · {n}</translation>
    </message>
    <message>
        <source>output · {n}</source>
        <translation>salida · {n}</translation>
    </message>
    <message>
        <source>label: {label}</source>
        <translation>etiqueta: {label}</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>peso</translation>
    </message>
    <message>
        <source>+ blue</source>
        <translation>+ azul</translation>
    </message>
    <message>
        <source>− orange   activation  0</source>
        <translation>− naranja   activación  0</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>naranja</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>azul</translation>
    </message>
    <message>
        <source>Esc or click outside to close</source>
        <translation>Esc o clic fuera para cerrar</translation>
    </message>
    <message>
        <source>No network yet — press Train or load a model</source>
        <translation>Aún no hay red: pulse Entrenar o cargue un modelo</translation>
    </message>
    <message>
        <source>Input pixel {index} (row {row}, column {column})</source>
        <translation>Píxel de entrada {index} (fila {row}, columna {column})</translation>
    </message>
    <message>
        <source>Input {index}</source>
        <translation>Entrada {index}</translation>
    </message>
    <message>
        <source>Output neuron {index} (“{name}”)</source>
        <translation>Neurona de salida {index} («{name}»)</translation>
    </message>
    <message>
        <source>Hidden layer {layer}, neuron {index}</source>
        <translation>Capa oculta {layer}, neurona {index}</translation>
    </message>
    <message>
        <source>(the fill is clamped to 0…1)</source>
        <translation>(el relleno se limita a 0…1)</translation>
    </message>
    <message>
        <source>Click to see its {n} incoming weights</source>
        <translation>Haga clic para ver sus {n} pesos de entrada</translation>
    </message>
    <message>
        <source>Weights into output neuron {index}</source>
        <translation>Pesos hacia la neurona de salida {index}</translation>
    </message>
    <message>
        <source>Weights into hidden neuron {index}</source>
        <translation>Pesos hacia la neurona oculta {index}</translation>
    </message>
</context>
<context>
    <name>NeuronFan</name>
    <message>
        <source>Edges: ∂a_j/∂w_jk = σ′(z_j)·a_k — raising a weight helps most where the input neuron is bright.
Arrows on the inputs: ∂a_j/∂a_k = σ′(z_j)·w_jk — how changing that neuron&apos;s activation would move a_j.
b: ∂a_j/∂b_j = σ′(z_j) — raising the bias.</source>
        <translation>Aristas: ∂a_j/∂w_jk = σ′(z_j)·a_k — subir un peso ayuda más donde la neurona de entrada es brillante.
Flechas en las entradas: ∂a_j/∂a_k = σ′(z_j)·w_jk — cómo movería a_j un cambio en la activación de esa neurona.
b: ∂a_j/∂b_j = σ′(z_j) — subir el sesgo.</translation>
    </message>
    <message>
        <source>three ways to raise {name}</source>
        <translation>tres maneras de subir {name}</translation>
    </message>
    <message>
        <source>edges: σ′·a_k · arrows: σ′·w</source>
        <translation>aristas: σ′·a_k · flechas: σ′·w</translation>
    </message>
</context>
<context>
    <name>NeuronInspector</name>
    <message>
        <source>One neuron</source>
        <translation>Una neurona</translation>
    </message>
    <message>
        <source>Which layer the neuron is in. Tip: click a neuron in the diagram to pick it.</source>
        <translation>En qué capa está la neurona. Consejo: haga clic en una neurona del diagrama para elegirla.</translation>
    </message>
    <message>
        <source>Which neuron of that layer (counting from 0).</source>
        <translation>Qué neurona de esa capa (contando desde 0).</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>Neuron</source>
        <translation>Neurona</translation>
    </message>
    <message>
        <source>For the input shown in the diagram: the weighted sum z = Σ w·a + b, the activation a = σ(z) and the bias b, before and after your edits.</source>
        <translation>Para la entrada mostrada en el diagrama: la suma ponderada z = Σ w·a + b, la activación a = σ(z) y el sesgo b, antes y después de sus cambios.</translation>
    </message>
    <message>
        <source>Its incoming weights after the edits. Picture (first hidden layer, as in First-layer weights): red pixels push the neuron on when lit, blue push it off. Bars (deeper layers, as in the diagram): blue positive, orange negative.</source>
        <translation type="vanished">Sus pesos de entrada tras los cambios. Imagen (primera capa oculta, como en Pesos de la primera capa): los píxeles rojos encienden la neurona cuando están iluminados, los azules la apagan. Barras (capas más profundas, como en el diagrama): azul positivo, naranja negativo.</translation>
    </message>
    <message>
        <source>Its incoming weights after the edits, in the app&apos;s colours: blue = positive, orange = negative, background colour = zero. A picture for the first hidden layer (as in First-layer weights: blue pixels push the neuron on when lit), bars for deeper layers (as in the diagram).</source>
        <translation>Sus pesos de entrada tras los cambios, en los colores de la aplicación: azul = positivo, naranja = negativo, color de fondo = cero. Una imagen para la primera capa oculta (como en Pesos de la primera capa: los píxeles azules encienden la neurona cuando están iluminados), barras para las capas más profundas (como en el diagrama).</translation>
    </message>
    <message>
        <source>Shift the bias b by Δb. z moves by exactly Δb for every input; a sigmoid neuron then fires more (Δb &gt; 0) or less (Δb &lt; 0) easily.</source>
        <translation>Desplazar el sesgo b en Δb. z se mueve exactamente Δb para cada entrada; una neurona sigmoide se activa entonces con más (Δb &gt; 0) o menos (Δb &lt; 0) facilidad.</translation>
    </message>
    <message>
        <source>Multiply the incoming weights by s. s &gt; 1 makes the neuron more sensitive to its pattern, 0 makes it ignore its inputs (a = σ(b)), s &lt; 0 makes it look for the opposite pattern.</source>
        <translation>Multiplicar los pesos de entrada por s. s &gt; 1 hace la neurona más sensible a su patrón, 0 hace que ignore sus entradas (a = σ(b)), s &lt; 0 hace que busque el patrón opuesto.</translation>
    </message>
    <message>
        <source>switch off</source>
        <translation>apagar</translation>
    </message>
    <message>
        <source>Its output becomes 0 for every input: nothing after it hears it any more. Watch how much (or how little) the accuracy drops.</source>
        <translation>Su salida pasa a ser 0 para toda entrada: nada de lo que viene después la oye ya. Observe cuánto (o qué poco) baja la precisión.</translation>
    </message>
    <message>
        <source>Bias shift Δb</source>
        <translation>Desplazamiento del sesgo Δb</translation>
    </message>
    <message>
        <source>Weight scale s</source>
        <translation>Escala de los pesos s</translation>
    </message>
    <message>
        <source>output</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>hidden {layer}</source>
        <translation>oculta {layer}</translation>
    </message>
    <message>
        <source>No input in the diagram yet.</source>
        <translation>Aún no hay ninguna entrada en el diagrama.</translation>
    </message>
    <message>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modificada</translation>
    </message>
</context>
<context>
    <name>NeuronSeesPanel</name>
    <message>
        <source>Left: a neuron&apos;s weights w (red pushes it on, blue off). Right: w ⊙ x, the weights times this input&apos;s pixels — only where there is ink. The neuron adds these up (Σ), adds its bias b, and squashes z = Σ + b into its activation a.</source>
        <translation type="vanished">Izquierda: los pesos w de una neurona (el rojo la enciende, el azul la apaga). Derecha: w ⊙ x, los pesos por los píxeles de esta entrada — solo donde hay tinta. La neurona los suma (Σ), añade su sesgo b y comprime z = Σ + b en su activación a.</translation>
    </message>
    <message>
        <source>Left: a neuron&apos;s weights w (blue = positive: ink there pushes it on; orange = negative: pushes it off; background colour = zero). Right: w ⊙ x, the weights times this input&apos;s pixels — only where there is ink. The neuron adds these up (Σ), adds its bias b, and squashes z = Σ + b into its activation a.</source>
        <translation>Izquierda: los pesos w de una neurona (azul = positivo: la tinta ahí la enciende; naranja = negativo: la apaga; color de fondo = cero). Derecha: w ⊙ x, los pesos por los píxeles de esta entrada — solo donde hay tinta. La neurona los suma (Σ), añade su sesgo b y comprime z = Σ + b en su activación a.</translation>
    </message>
    <message>
        <source>What each neuron sees</source>
        <translation>Lo que ve cada neurona</translation>
    </message>
    <message>
        <source>Previous neurons</source>
        <translation>Neuronas anteriores</translation>
    </message>
    <message>
        <source>Next neurons</source>
        <translation>Neuronas siguientes</translation>
    </message>
    <message>
        <source>Nothing to look at yet: the diagram shows no input, or its inputs are not a square image.</source>
        <translation>Aún no hay nada que mirar: el diagrama no muestra ninguna entrada o sus entradas no son una imagen cuadrada.</translation>
    </message>
    <message>
        <source>(label {label})</source>
        <translation>(etiqueta {label})</translation>
    </message>
    <message>
        <source>{n} first-layer neurons, {activation}</source>
        <translation>{n} neuronas de la primera capa, {activation}</translation>
    </message>
    <message>
        <source>{first}–{last} of {n}</source>
        <translation>{first}–{last} de {n}</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>{title}: could not update ({error})</source>
        <translation>{title}: no se pudo actualizar ({error})</translation>
    </message>
</context>
<context>
    <name>PixelHistogramPlot</name>
    <message>
        <source>pixels (log scale)</source>
        <translation>píxeles (escala logarítmica)</translation>
    </message>
    <message>
        <source>pixel value (0 = black, 1 = white)</source>
        <translation>valor del píxel (0 = negro, 1 = blanco)</translation>
    </message>
</context>
<context>
    <name>PointMapPanel</name>
    <message>
        <source>Point map</source>
        <translation>Mapa de puntos</translation>
    </message>
    <message>
        <source>Dot colour = the image&apos;s true label.</source>
        <translation>Color del punto = la etiqueta real de la imagen.</translation>
    </message>
    <message>
        <source>Each dot is one test image, placed by the two directions in which that layer&apos;s values vary most (PCA). Hover a dot to see the image; click it to show it in the diagram.</source>
        <translation>Cada punto es una imagen de prueba, situada según las dos direcciones en las que más varían los valores de esa capa (PCA). Pase el ratón sobre un punto para ver la imagen; haga clic para mostrarla en el diagrama.</translation>
    </message>
    <message>
        <source>Hover a dot</source>
        <translation>Pase el ratón sobre un punto</translation>
    </message>
    <message>
        <source>Each dot is one test image, placed by t-SNE so that images the layer sees as alike lie close together; distances between clusters mean little. Hover a dot to see the image; click it to show it in the diagram.</source>
        <translation>Cada punto es una imagen de prueba, situada por t-SNE de modo que las imágenes que esa capa ve parecidas queden juntas; las distancias entre grupos significan poco. Pase el ratón sobre un punto para ver la imagen; haga clic para mostrarla en el diagrama.</translation>
    </message>
    <message>
        <source>Load a dataset and a matching network to see the point map.</source>
        <translation>Cargue un conjunto de datos y una red compatible para ver el mapa de puntos.</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>output</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>hidden {layer}</source>
        <translation>oculta {layer}</translation>
    </message>
    <message>
        <source>{name}: computing…</source>
        <translation>{name}: calculando…</translation>
    </message>
    <message>
        <source> (earlier state)</source>
        <translation> (estado anterior)</translation>
    </message>
    <message>
        <source>{n:,} test images by PCA (% = variance shown)</source>
        <translation>{n:,} imágenes de prueba por PCA (% = varianza mostrada)</translation>
    </message>
    <message>
        <source>{how}; {percent:.1f} % answered right.{stale}</source>
        <translation>{how}; {percent:.1f} % respondidas bien.{stale}</translation>
    </message>
    <message>
        <source>right</source>
        <translation>bien</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>mal</translation>
    </message>
    <message>
        <source>test image {i:,}
true label: {label}
network says: {answer} ({value:.2f}, {verdict})</source>
        <translation>imagen de prueba {i:,}
etiqueta real: {label}
la red dice: {answer} ({value:.2f}, {verdict})</translation>
    </message>
    <message>
        <source>Hover a dot to see its image; click to show it in the diagram.</source>
        <translation>Pase el ratón sobre un punto para ver su imagen; haga clic para mostrarla en el diagrama.</translation>
    </message>
    <message>
        <source>test image {i:,}</source>
        <translation>imagen de prueba {i:,}</translation>
    </message>
</context>
<context>
    <name>Predict</name>
    <message>
        <source>feed 28×28 images as they are (white ink on black, like MNIST)</source>
        <translation>pasar las imágenes de 28×28 tal cual (tinta blanca sobre negro, como en MNIST)</translation>
    </message>
    <message>
        <source>one JSON object per image on stdout</source>
        <translation>un objeto JSON por imagen en stdout</translation>
    </message>
    <message>
        <source>{model}: the network takes {n} inputs, which is not a square image, so it cannot classify pictures.</source>
        <translation>{model}: la red recibe {n} entradas, que no forman una imagen cuadrada, así que no puede clasificar imágenes.</translation>
    </message>
    <message>
        <source>{model}: the network takes {side}×{side} images, but pictures are prepared as 28×28 like MNIST; pass --raw with {side}×{side} images.</source>
        <translation>{model}: la red recibe imágenes de {side}×{side}, pero las imágenes se preparan en 28×28 como MNIST; use --raw con imágenes de {side}×{side}.</translation>
    </message>
    <message>
        <source>{name}: --raw needs a {side}×{side} image; this one is {w}×{h}.</source>
        <translation>{name}: --raw necesita una imagen de {side}×{side}; esta es de {w}×{h}.</translation>
    </message>
    <message>
        <source>{name}: cannot be prepared as a digit ({reason}).</source>
        <translation>{name}: no se puede preparar como dígito ({reason}).</translation>
    </message>
</context>
<context>
    <name>PredictionView</name>
    <message>
        <source>Nothing drawn yet</source>
        <translation>Aún no hay nada dibujado</translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation>Aún no hay modelo</translation>
    </message>
    <message>
        <source>what the network sees (28×28)</source>
        <translation>lo que ve la red (28×28)</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>probabilidad</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>activación</translation>
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
        <translation type="vanished">Es {thing} ({value})</translation>
    </message>
    <message>
        <source>Maybe {thing} ({value})</source>
        <translation type="vanished">Quizá {thing} ({value})</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>download {name}</source>
        <translation>descarga {name}</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <source>Reading the run…</source>
        <translation type="vanished">Leyendo la ejecución…</translation>
    </message>
</context>
<context>
    <name>ReplayController</name>
    <message>
        <source>Replay</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>Open run…</source>
        <translation>Abrir ejecución…</translation>
    </message>
    <message>
        <source>Open a recorded training run (.npz) to replay it</source>
        <translation>Abrir una ejecución de entrenamiento grabada (.npz) para repetirla</translation>
    </message>
    <message>
        <source>Save run…</source>
        <translation>Guardar ejecución…</translation>
    </message>
    <message>
        <source>Save this run&apos;s recorded history to replay it later or in class</source>
        <translation>Guardar el historial grabado de esta ejecución para repetirlo más tarde o en clase</translation>
    </message>
    <message>
        <source>No run recorded yet: press Train.</source>
        <translation>Aún no hay ejecución grabada: pulse Entrenar.</translation>
    </message>
    <message>
        <source> · test acc {acc:.1f} %</source>
        <translation> · precisión de prueba {acc:.1f} %</translation>
    </message>
    <message>
        <source> · no test yet</source>
        <translation> · aún sin prueba</translation>
    </message>
    <message>
        <source>step {step:,} · epoch {epoch}{tail}   ({i:,}/{n:,})</source>
        <translation>paso {step:,} · época {epoch}{tail}   ({i:,}/{n:,})</translation>
    </message>
    <message>
        <source>No run to save</source>
        <translation>No hay ejecución que guardar</translation>
    </message>
    <message>
        <source>Train first: the run is recorded as it trains, then Save run keeps it for later.</source>
        <translation>Entrene primero: la ejecución se graba mientras entrena y luego Guardar ejecución la conserva.</translation>
    </message>
    <message>
        <source>Save run</source>
        <translation>Guardar ejecución</translation>
    </message>
    <message>
        <source>nnviz run (*.npz)</source>
        <translation>Ejecución de nnviz (*.npz)</translation>
    </message>
    <message>
        <source>Could not save the run</source>
        <translation>No se pudo guardar la ejecución</translation>
    </message>
    <message>
        <source>Saved the run ({n:,} moments) to {path}</source>
        <translation>Ejecución ({n:,} momentos) guardada en {path}</translation>
    </message>
    <message>
        <source>Open run</source>
        <translation>Abrir ejecución</translation>
    </message>
    <message>
        <source>Reading the run…</source>
        <translation>Leyendo la ejecución…</translation>
    </message>
    <message>
        <source>Cannot open this run</source>
        <translation>No se puede abrir esta ejecución</translation>
    </message>
    <message>
        <source>The run&apos;s network takes {inputs} inputs but {data} images have {pixels} pixels.</source>
        <translation>La red de la ejecución recibe {inputs} entradas, pero las imágenes de {data} tienen {pixels} píxeles.</translation>
    </message>
    <message>
        <source>replaying {path}</source>
        <translation>repitiendo {path}</translation>
    </message>
    <message>
        <source>Opened {path}: drag the replay slider or press ▶.</source>
        <translation>{path} abierto: arrastre el control de repetición o pulse ▶.</translation>
    </message>
</context>
<context>
    <name>ReplayExport</name>
    <message>
        <source>Nothing to animate</source>
        <translation>Nada que animar</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Saved {n} frames to {path}</source>
        <translation>{n} fotogramas guardados en {path}</translation>
    </message>
</context>
<context>
    <name>ReplayFrames</name>
    <message>
        <source>frame {0}/{1} · </source>
        <translation>fotograma {0}/{1} · </translation>
    </message>
</context>
<context>
    <name>RobustnessPanel</name>
    <message>
        <source>Noise</source>
        <translation>Ruido</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotación</translation>
    </message>
    <message>
        <source>Stroke thickness</source>
        <translation>Grosor del trazo</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Desplazamiento</translation>
    </message>
    <message>
        <source>Gaussian noise σ</source>
        <translation>ruido gaussiano σ</translation>
    </message>
    <message>
        <source>rotation (± degrees)</source>
        <translation>rotación (± grados)</translation>
    </message>
    <message>
        <source>stroke thickness (− erode, + dilate, passes)</source>
        <translation>grosor del trazo (− erosionar, + dilatar, pasadas)</translation>
    </message>
    <message>
        <source>shift (pixels)</source>
        <translation>desplazamiento (píxeles)</translation>
    </message>
    <message>
        <source>Robustness</source>
        <translation>Robustez</translation>
    </message>
    <message>
        <source>What to do to the test images: add noise, turn them, thin or thicken the strokes, or move them.</source>
        <translation>Qué hacer con las imágenes de prueba: añadir ruido, girarlas, adelgazar o engrosar los trazos, o desplazarlas.</translation>
    </message>
    <message>
        <source>{n:,} test images</source>
        <translation>{n:,} imágenes de prueba</translation>
    </message>
    <message>
        <source>all test images</source>
        <translation>todas las imágenes de prueba</translation>
    </message>
    <message>
        <source>A fixed random sample of {n:,} test images measures a curve in about a second; the whole test set is exact but slower.</source>
        <translation>Una muestra aleatoria fija de {n:,} imágenes de prueba mide una curva en un segundo aproximadamente; el conjunto de prueba completo es exacto pero más lento.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medir</translation>
    </message>
    <message>
        <source>Measure the accuracy at every level of this damage (Ctrl+M)</source>
        <translation>Medir la precisión en cada nivel de este daño (Ctrl+M)</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Daño</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Confidence threshold: below it the network says “don&apos;t know”.</source>
        <translation>Umbral de confianza: por debajo, la red dice «no lo sé».</translation>
    </message>
    <message>
        <source>Load a dataset and a matching network to measure robustness.</source>
        <translation>Cargue un conjunto de datos y una red compatible para medir la robustez.</translation>
    </message>
    <message>
        <source>Damaging {n:,} images…</source>
        <translation>Dañando {n:,} imágenes…</translation>
    </message>
    <message>
        <source>Press Measure to damage the test images at every level.</source>
        <translation>Pulse Medir para dañar las imágenes de prueba en cada nivel.</translation>
    </message>
    <message>
        <source>The network has changed since: press Measure to update.</source>
        <translation>La red ha cambiado desde entonces: pulse Medir para actualizar.</translation>
    </message>
    <message>
        <source>{damage} on {n:,} test images: {clean:.1%} undamaged, {worst:.1%} at {level:g}.</source>
        <translation>{damage} en {n:,} imágenes de prueba: {clean:.1%} sin daño, {worst:.1%} en {level:g}.</translation>
    </message>
    <message>
        <source>Threshold {t:.2f}: answers {answered:,} of {n:,} ({coverage:.1%}), {right} of them right; “don&apos;t know” for {unanswered:,}. Answering all: {plain:.1%} right.</source>
        <translation>Umbral {t:.2f}: responde a {answered:,} de {n:,} ({coverage:.1%}), {right} de ellas correctas; «no lo sé» para {unanswered:,}. Respondiendo a todas: {plain:.1%} correctas.</translation>
    </message>
</context>
<context>
    <name>RunWatcher</name>
    <message>
        <source>Try it</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>Apply the setting the hint suggests</source>
        <translation>Aplicar el ajuste que sugiere la pista</translation>
    </message>
    <message>
        <source>Lesson pace</source>
        <translation>Ritmo de la lección</translation>
    </message>
    <message>
        <source>Lesson pace: the first mini-batches slowly, faster as the cost flattens, so the first epoch takes about half a minute. Off: the Speed slider&apos;s pace.</source>
        <translation>Ritmo de la lección: los primeros mini-lotes despacio, más rápido a medida que el coste se aplana, de modo que la primera época dura aproximadamente medio minuto. Desactivado: el ritmo del control de velocidad.</translation>
    </message>
    <message>
        <source>Full speed</source>
        <translation>Velocidad máxima</translation>
    </message>
    <message>
        <source>Train as fast as the machine can (Speed: full)</source>
        <translation>Entrenar tan rápido como pueda la máquina (velocidad: máxima)</translation>
    </message>
    <message>
        <source>◀◀ Watch the first epoch</source>
        <translation>◀◀ Ver la primera época</translation>
    </message>
    <message>
        <source>The run went by fast, but the replay kept its first epoch densely: play it slowly</source>
        <translation>La ejecución pasó deprisa, pero la repetición guardó su primera época con detalle: reprodúzcala despacio</translation>
    </message>
    <message>
        <source>Step mini-batch: the cost of its {n} images went {b:.4f} → {a:.4f} (the Backprop panel&apos;s Mini-batch page shows them).</source>
        <translation>Paso de mini-lote: el coste de sus {n} imágenes pasó de {b:.4f} → {a:.4f} (la página Mini-lote del panel de retropropagación las muestra).</translation>
    </message>
    <message>
        <source>The first epoch went by in {s:.1f} s. It is where most of the learning happens, and the replay kept it densely: press ◀◀ Watch the first epoch, or scrub back.</source>
        <translation>La primera época pasó en {s:.1f} s. En ella ocurre la mayor parte del aprendizaje, y la repetición la guardó con detalle: pulse ◀◀ Ver la primera época, o retroceda.</translation>
    </message>
</context>
<context>
    <name>SaveDrawingBar</name>
    <message>
        <source>What you drew: a digit, or any class name you like (it becomes the folder name)</source>
        <translation>Lo que dibujó: un dígito o cualquier nombre de clase (se convierte en el nombre de la carpeta)</translation>
    </message>
    <message>
        <source>Save drawing</source>
        <translation>Guardar dibujo</translation>
    </message>
    <message>
        <source>Add the drawing, as the network sees it (28×28), to your own dataset with this label (Ctrl+Shift+S)</source>
        <translation>Añadir el dibujo, tal como lo ve la red (28×28), a su propio conjunto de datos con esta etiqueta (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <source>Open my digits</source>
        <translation>Abrir mis dígitos</translation>
    </message>
    <message>
        <source>Import your saved drawings as a dataset to train on</source>
        <translation>Importar sus dibujos guardados como conjunto de datos para entrenar</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>{n} saved</source>
        <translation>{n} guardados</translation>
    </message>
    <message>
        <source>none saved yet</source>
        <translation>ninguno aún</translation>
    </message>
    <message>
        <source>In {folder}:</source>
        <translation>En {folder}:</translation>
    </message>
    <message>
        <source>Draw something first.</source>
        <translation>Dibuje algo primero.</translation>
    </message>
</context>
<context>
    <name>SensitivityPanel</name>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <source>{n:,} training examples</source>
        <translation>{n:,} ejemplos de entrenamiento</translation>
    </message>
    <message>
        <source>∇C is the gradient of the cost averaged over this many examples: 10 is like one mini-batch, larger samples are steadier.</source>
        <translation>∇C es el gradiente del coste promediado sobre esta cantidad de ejemplos: 10 es como un mini-lote, las muestras mayores son más estables.</translation>
    </message>
    <message>
        <source>New sample</source>
        <translation>Nueva muestra</translation>
    </message>
    <message>
        <source>Draw a different random sample of training examples.</source>
        <translation>Tomar otra muestra aleatoria de ejemplos de entrenamiento.</translation>
    </message>
    <message>
        <source>most influential</source>
        <translation>más influyentes</translation>
    </message>
    <message>
        <source>least influential</source>
        <translation>menos influyentes</translation>
    </message>
    <message>
        <source>× : how many times more sensitive the cost is to the top parameter than to this one (most influential list), or to this one than to the least (least influential list).</source>
        <translation>× : cuántas veces más sensible es el coste al parámetro de arriba que a este (lista de los más influyentes), o a este que al último (lista de los menos influyentes).</translation>
    </message>
    <message>
        <source>No network and matching data yet.</source>
        <translation>Aún no hay red ni datos compatibles.</translation>
    </message>
    <message>
        <source>The network does not take this data.</source>
        <translation>La red no acepta estos datos.</translation>
    </message>
    <message>
        <source>C = {C:.4f} over {n:,} examples</source>
        <translation>C = {C:.4f} sobre {n:,} ejemplos</translation>
    </message>
    <message>
        <source>The gradient is zero: the cost does not change with any parameter for this sample.</source>
        <translation>El gradiente es cero: el coste no cambia con ningún parámetro para esta muestra.</translation>
    </message>
    <message>
        <source>The cost is &lt;b&gt;{vs_median}&lt;/b&gt; more sensitive to {top} than to the median parameter, and {vs_least} more than to {least}.</source>
        <translation>El coste es &lt;b&gt;{vs_median}&lt;/b&gt; más sensible a {top} que al parámetro mediano, y {vs_least} más que a {least}.</translation>
    </message>
    <message>
        <source>The cost is &lt;b&gt;{vs_median:,.3g} times&lt;/b&gt; more sensitive to {top} than to the median parameter, and {vs_least:,.3g} times more than to {least}.</source>
        <translation type="vanished">El coste es &lt;b&gt;{vs_median:,.3g} veces&lt;/b&gt; más sensible a {top} que al parámetro mediano, y {vs_least:,.3g} veces más que a {least}.</translation>
    </message>
    <message>
        <source>{n:,} parameters have ∂C/∂θ = 0 exactly (mostly weights from pixels that are dark in every example of the sample): the cost ignores them.</source>
        <translation>{n:,} parámetros tienen ∂C/∂θ = 0 exactamente (sobre todo pesos de píxeles oscuros en todos los ejemplos de la muestra): el coste los ignora.</translation>
    </message>
</context>
<context>
    <name>SetupController</name>
    <message>
        <source>Save setup…</source>
        <translation>Guardar configuración…</translation>
    </message>
    <message>
        <source>Save the network, preset, training controls, dataset and the views in front as a small file to hand to a class</source>
        <translation>Guardar la red, el ajuste predefinido, los controles de entrenamiento, el conjunto de datos y las vistas al frente en un archivo pequeño para repartir a una clase</translation>
    </message>
    <message>
        <source>Open setup…</source>
        <translation>Abrir configuración…</translation>
    </message>
    <message>
        <source>Set the window up from a setup file</source>
        <translation>Preparar la ventana según un archivo de configuración</translation>
    </message>
    <message>
        <source>Copy setup as command</source>
        <translation>Copiar configuración como comando</translation>
    </message>
    <message>
        <source>Put the nnviz gui command that sets the window up like this on the clipboard</source>
        <translation>Copiar al portapapeles el comando nnviz gui que prepara la ventana así</translation>
    </message>
    <message>
        <source>the Layers field does not hold valid layer sizes; correct it first.</source>
        <translation>el campo Capas no contiene tamaños de capa válidos; corríjalo primero.</translation>
    </message>
    <message>
        <source>Could not save the setup</source>
        <translation>No se pudo guardar la configuración</translation>
    </message>
    <message>
        <source>Save setup</source>
        <translation>Guardar configuración</translation>
    </message>
    <message>
        <source>nnviz setups (*.json)</source>
        <translation>Configuraciones de nnviz (*.json)</translation>
    </message>
    <message>
        <source>Saved the setup to {0}</source>
        <translation>Configuración guardada en {0}</translation>
    </message>
    <message>
        <source>Open setup</source>
        <translation>Abrir configuración</translation>
    </message>
    <message>
        <source>nnviz setups (*.json);;All files (*)</source>
        <translation>Configuraciones de nnviz (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Could not open the setup</source>
        <translation>No se pudo abrir la configuración</translation>
    </message>
    <message>
        <source>Opened the setup {0}</source>
        <translation>Configuración {0} abierta</translation>
    </message>
    <message>
        <source>Could not copy the setup</source>
        <translation>No se pudo copiar la configuración</translation>
    </message>
    <message>
        <source>Copied: {0}</source>
        <translation>Copiado: {0}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Play the recorded run from the moment shown (Space on the slider); again to pause</source>
        <translation>Reproducir la ejecución grabada desde el momento mostrado (Espacio en el control deslizante); de nuevo para pausar</translation>
    </message>
    <message>
        <source>Scrub through the run: every view shows the network as it was then. Arrows step one moment, Page Up/Down ten.</source>
        <translation>Recorrer la ejecución: cada vista muestra la red tal como era entonces. Las flechas avanzan un momento, RePág/AvPág diez.</translation>
    </message>
    <message>
        <source>{rate} moments/s</source>
        <translation>{rate} momentos/s</translation>
    </message>
    <message>
        <source>Replay speed. Moments are denser early in the run, where the network changes fastest.</source>
        <translation>Velocidad de reproducción. Los momentos son más densos al principio de la ejecución, donde la red cambia más deprisa.</translation>
    </message>
    <message>
        <source>No run recorded yet: press Train.</source>
        <translation>Aún no hay ninguna ejecución grabada: pulse Entrenar.</translation>
    </message>
    <message>
        <source>step 1,234,567 · epoch 1,000 · test acc 99.9 %   (2,000/2,000)</source>
        <translation>paso 1.234.567 · época 1.000 · precisión de prueba 99,9 %   (2.000/2.000)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Back to the network as it trains now</source>
        <translation>Volver a la red tal como se entrena ahora</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Repetición</translation>
    </message>
</context>
<context>
    <name>Train</name>
    <message>
        <source>a complete setup: lessons (Nielsen&apos;s, the lessons&apos; own), 3b1b-96 (784-16-16-10 → 96 %%), big-98 (784-512-256-10 → 98 %%); the older names seed, 3b1b and 98 still work</source>
        <translation>una configuración completa: lessons (la de Nielsen, la de las lecciones), 3b1b-96 (784-16-16-10 → 96 %%), big-98 (784-512-256-10 → 98 %%); los nombres antiguos seed, 3b1b y 98 siguen funcionando</translation>
    </message>
    <message>
        <source>folder holding the four MNIST .gz files</source>
        <translation>carpeta con los cuatro archivos .gz de MNIST</translation>
    </message>
    <message>
        <source>download MNIST into the user cache if it is not found</source>
        <translation>descargar MNIST en la caché del usuario si no se encuentra</translation>
    </message>
    <message>
        <source>learning rate η (default 3.0)</source>
        <translation>tasa de aprendizaje η (por defecto 3.0)</translation>
    </message>
    <message>
        <source>momentum μ in [0, 1) (default 0)</source>
        <translation>momento μ en [0, 1) (por defecto 0)</translation>
    </message>
    <message>
        <source>L2 regularisation λ (default 0)</source>
        <translation>regularización L2 λ (por defecto 0)</translation>
    </message>
    <message>
        <source>mini-batch size (default 10)</source>
        <translation>tamaño del mini-lote (por defecto 10)</translation>
    </message>
    <message>
        <source>epochs (default 30)</source>
        <translation>épocas (por defecto 30)</translation>
    </message>
    <message>
        <source>random seed for weights and shuffling (default 0)</source>
        <translation>semilla aleatoria para los pesos y la mezcla (por defecto 0)</translation>
    </message>
    <message>
        <source>BLAS threads (default: 1 for networks as small as the lessons&apos;, whose products gain nothing from threads while the data is gathered on the other core; NumPy&apos;s choice for larger ones)</source>
        <translation>hilos de BLAS (por defecto: 1 para redes tan pequeñas como las de las lecciones, cuyos productos no ganan nada con hilos mientras los datos se reúnen en el otro núcleo; para las mayores, lo que elija NumPy)</translation>
    </message>
    <message>
        <source>save the trained model here</source>
        <translation>guardar aquí el modelo entrenado</translation>
    </message>
    <message>
        <source>one JSON object per epoch on stdout</source>
        <translation>un objeto JSON por época en stdout</translation>
    </message>
    <message>
        <source>augment: add Gaussian noise of σ = S to every training image (0–1)</source>
        <translation>aumento: añadir ruido gaussiano de σ = S a cada imagen de entrenamiento (0–1)</translation>
    </message>
    <message>
        <source>augment: turn every training image by a random angle within ±DEG</source>
        <translation>aumento: girar cada imagen de entrenamiento un ángulo aleatorio dentro de ±DEG</translation>
    </message>
    <message>
        <source>augment: move every training image by up to ±PX whole pixels</source>
        <translation>aumento: desplazar cada imagen de entrenamiento hasta ±PX píxeles enteros</translation>
    </message>
    <message>
        <source>dropout: switch each hidden neuron off with probability P while training</source>
        <translation>dropout: apagar cada neurona oculta con probabilidad P durante el entrenamiento</translation>
    </message>
    <message>
        <source>{name} has {inputs} inputs and {classes} classes, so --layers must start with {inputs} and end with {classes}; got {layers}.</source>
        <translation>{name} tiene {inputs} entradas y {classes} clases, así que --layers debe empezar por {inputs} y terminar en {classes}; se recibió {layers}.</translation>
    </message>
    <message>
        <source>--epochs must be at least 1; got {n}.</source>
        <translation>--epochs debe ser al menos 1; se recibió {n}.</translation>
    </message>
    <message>
        <source>--threads must be at least 1; got {n}.</source>
        <translation>--threads debe ser al menos 1; se recibió {n}.</translation>
    </message>
    <message>
        <source>{name} ({origin}): {train} training, {test} test images; network {layers}, {activation}/{output}, {cost} cost, η={lr:g}, batch {batch}, {epochs} epochs, seed {seed}</source>
        <translation>{name} ({origin}): {train} imágenes de entrenamiento, {test} de prueba; red {layers}, {activation}/{output}, coste {cost}, η={lr:g}, lote {batch}, {epochs} épocas, semilla {seed}</translation>
    </message>
    <message>
        <source>epoch {epoch}/{epochs}</source>
        <translation>época {epoch}/{epochs}</translation>
    </message>
    <message>
        <source>cost {cost:.4f}</source>
        <translation>coste {cost:.4f}</translation>
    </message>
    <message>
        <source>epoch {epoch:&gt;3}/{epochs}  train cost {train_cost:.4f}  test cost {test_cost:.4f}  test accuracy {accuracy:6.2f} %  {seconds:6.2f} s  {speed:&gt;9,} samples/s</source>
        <translation>época {epoch:&gt;3}/{epochs}  coste de entrenamiento {train_cost:.4f}  coste de prueba {test_cost:.4f}  precisión de prueba {accuracy:6.2f} %  {seconds:6.2f} s  {speed:&gt;9,} ejemplos/s</translation>
    </message>
    <message>
        <source>could not save {path}: {reason}.</source>
        <translation>no se pudo guardar {path}: {reason}.</translation>
    </message>
    <message>
        <source>saved {path}</source>
        <translation>guardado {path}</translation>
    </message>
    <message>
        <source>--save {path}: is a folder; give a file name such as model.npz.</source>
        <translation>--save {path}: es una carpeta; indique un nombre de archivo como model.npz.</translation>
    </message>
    <message>
        <source>--save {path}: the folder {folder} does not exist.</source>
        <translation>--save {path}: la carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>--save {path}: the folder {folder} is not writable.</source>
        <translation>--save {path}: no se puede escribir en la carpeta {folder}.</translation>
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
        <translation>Aún no hay red.</translation>
    </message>
</context>
<context>
    <name>TrainingController</name>
    <message>
        <source>No training yet.</source>
        <translation>Aún no hay entrenamiento.</translation>
    </message>
    <message>
        <source>epoch %p%</source>
        <translation>época %p%</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>Start training, or pause and resume it</source>
        <translation>Iniciar el entrenamiento, o pausarlo y reanudarlo</translation>
    </message>
    <message>
        <source>Step mini-batch</source>
        <translation>Paso de mini-lote</translation>
    </message>
    <message>
        <source>Run exactly one mini-batch, then pause</source>
        <translation>Ejecutar exactamente un mini-lote y pausar</translation>
    </message>
    <message>
        <source>Step epoch</source>
        <translation>Paso de época</translation>
    </message>
    <message>
        <source>Run to the end of the current epoch, then pause</source>
        <translation>Ejecutar hasta el final de la época actual y pausar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Build a new network from the settings, with fresh random weights</source>
        <translation>Crear una red nueva según los ajustes, con pesos aleatorios nuevos</translation>
    </message>
    <message>
        <source>Follow training examples</source>
        <translation>Seguir los ejemplos de entrenamiento</translation>
    </message>
    <message>
        <source>The diagram cycles through training examples again</source>
        <translation>El diagrama vuelve a recorrer los ejemplos de entrenamiento</translation>
    </message>
    <message>
        <source>Layer sizes</source>
        <translation>Tamaños de capa</translation>
    </message>
    <message>
        <source>Cannot build this network</source>
        <translation>No se puede crear esta red</translation>
    </message>
    <message>
        <source>new network, random weights</source>
        <translation>red nueva, pesos aleatorios</translation>
    </message>
    <message>
        <source>No dataset is loaded yet.</source>
        <translation>Aún no hay ningún conjunto de datos cargado.</translation>
    </message>
    <message>
        <source>Model and data don&apos;t match</source>
        <translation>El modelo y los datos no encajan</translation>
    </message>
    <message>
        <source>The network takes {inputs} inputs but {data} images have {pixels} pixels. Press Reset to build a matching one.</source>
        <translation>La red recibe {inputs} entradas, pero las imágenes de {data} tienen {pixels} píxeles. Pulse Reiniciar para crear una adecuada.</translation>
    </message>
    <message>
        <source>Cannot train with these settings</source>
        <translation>No se puede entrenar con estos ajustes</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Training finished. Train again to continue for more epochs, or Reset to start over.</source>
        <translation>Entrenamiento terminado. Entrenar continúa durante más épocas; Reiniciar empieza de nuevo.</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>Entrenamiento detenido</translation>
    </message>
    <message>
        <source>epoch {epoch} · mini-batch {batch:,}/{batches:,} · {seen:,} samples seen · {rate:,.0f} samples/s · η = {lr}</source>
        <translation>época {epoch} · mini-lote {batch:,}/{batches:,} · {seen:,} ejemplos vistos · {rate:,.0f} ejemplos/s · η = {lr}</translation>
    </message>
    <message>
        <source> · test accuracy {acc}</source>
        <translation> · precisión de prueba {acc}</translation>
    </message>
</context>
<context>
    <name>TrainingControls</name>
    <message>
        <source>Synthetic digits</source>
        <translation>Dígitos sintéticos</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Which images to learn from. MNIST: 60,000 handwritten digits. Fashion-MNIST: clothes in the same format. Synthetic: digits drawn by nnviz itself, for when nothing else is available.</source>
        <translation>De qué imágenes aprender. MNIST: 60.000 dígitos escritos a mano. Fashion-MNIST: ropa en el mismo formato. Sintéticos: dígitos dibujados por el propio nnviz, para cuando no hay nada más.</translation>
    </message>
    <message>
        <source>Download MNIST</source>
        <translation>Descargar MNIST</translation>
    </message>
    <message>
        <source>Fetch the four MNIST files (about 11 MB), check their checksums and keep them in your cache folder.</source>
        <translation>Descargar los cuatro archivos de MNIST (unos 11 MB), comprobar sus sumas de comprobación y guardarlos en su carpeta de caché.</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Carpeta…</translation>
    </message>
    <message>
        <source>Use MNIST files (the four .gz IDX files) from a folder.</source>
        <translation>Usar archivos de MNIST (los cuatro archivos IDX .gz) de una carpeta.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>your own settings</source>
        <translation>personalizado</translation>
    </message>
    <message>
        <source>Lessons&apos; setup: Nielsen&apos;s network as in the lessons (784-16-16-10, sigmoid, quadratic cost, η = 3).
3b1b: 96 %: the same 784-16-16-10 trained with softmax, cross-entropy and momentum.
Big: 98 %: 784-512-256-10 with ReLU.</source>
        <translation>Configuración de las lecciones: la red de Nielsen como en las lecciones (784-16-16-10, sigmoide, coste cuadrático, η = 3).
3b1b: 96 %: la misma 784-16-16-10 entrenada con softmax, entropía cruzada y momento.
Grande: 98 %: 784-512-256-10 con ReLU.</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preajuste</translation>
    </message>
    <message>
        <source>Neurons per layer, input first, output last, e.g. 784,16,16,10. The input and output sizes follow the dataset.</source>
        <translation>Neuronas por capa, primero la entrada, al final la salida, p. ej. 784,16,16,10. Los tamaños de entrada y salida siguen al conjunto de datos.</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>σ of the hidden layers: sigmoid squashes z into (0, 1); ReLU is max(0, z); tanh squashes into (−1, 1).</source>
        <translation>σ de las capas ocultas: sigmoid comprime z en (0, 1); ReLU es max(0, z); tanh comprime en (−1, 1).</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>Output layer: sigmoid gives ten independent activations; softmax makes them sum to 1, like probabilities.</source>
        <translation>Capa de salida: sigmoid da diez activaciones independientes; softmax hace que sumen 1, como probabilidades.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>What training minimises: quadratic is the sum of squared differences (the lessons&apos;); cross-entropy learns faster when outputs are badly wrong.</source>
        <translation>Lo que minimiza el entrenamiento: cuadrático es la suma de las diferencias al cuadrado (la de las lecciones); entropía cruzada aprende más rápido cuando las salidas están muy mal.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Starting weights: normal is N(0, 1) as in the lessons; scaled divides by √(inputs) so neurons don&apos;t start saturated.</source>
        <translation>Pesos iniciales: normal es N(0, 1) como en las lecciones; escalada divide por √(entradas) para que las neuronas no empiecen saturadas.</translation>
    </message>
    <message>
        <source>Init</source>
        <translation>Inicialización</translation>
    </message>
    <message>
        <source>The same seed gives the same starting weights and order of examples, so a run can be repeated exactly.</source>
        <translation>La misma semilla da los mismos pesos iniciales y el mismo orden de ejemplos, así que una ejecución puede repetirse exactamente.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Press Reset to apply the new network settings.</source>
        <translation>Pulse Reiniciar para aplicar los nuevos ajustes de la red.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>The learning rate</source>
        <translation>La tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Learning rate η: how far each step moves down the gradient. Too small crawls; too big overshoots and the cost blows up. Applies immediately.</source>
        <translation>Tasa de aprendizaje η: cuánto baja cada paso por el gradiente. Demasiado pequeña avanza a paso de tortuga; demasiado grande se pasa y el coste se dispara. Se aplica de inmediato.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>The batch size</source>
        <translation>El tamaño del lote</translation>
    </message>
    <message>
        <source>Examples averaged per gradient step (mini-batch). Small: noisy but frequent steps. Applies immediately.</source>
        <translation>Ejemplos promediados por paso de gradiente (mini-lote). Pequeño: pasos ruidosos pero frecuentes. Se aplica de inmediato.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño del lote</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momento</translation>
    </message>
    <message>
        <source>Momentum μ: each step keeps this fraction of the previous one, rolling through small bumps.</source>
        <translation>Momento μ: cada paso conserva esta fracción del anterior y así rueda sobre pequeños baches.</translation>
    </message>
    <message>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <source>L2 regularisation λ: pulls weights towards zero so no single pixel dominates.</source>
        <translation>Regularización L2 λ: lleva los pesos hacia cero para que ningún píxel domine.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Dropout p: while training, each hidden neuron is switched off with this probability, so none can rely on one partner. Testing uses every neuron. Applies immediately.</source>
        <translation>Dropout p: durante el entrenamiento cada neurona oculta se apaga con esta probabilidad, así ninguna puede depender de una compañera. La prueba usa todas las neuronas. Se aplica de inmediato.</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>How η changes over the run: constant, halved at 1/3 and 2/3 (step), or a smooth decay to zero (cosine).</source>
        <translation>Cómo cambia η durante la ejecución: constante, escalonado (a la mitad en 1/3 y 2/3) o coseno (un descenso suave hasta cero).</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Passes over the whole training set. More epochs keep lowering the training cost; the test accuracy levels off after a few.</source>
        <translation>Pasadas por todo el conjunto de entrenamiento. Más épocas siguen bajando el coste de entrenamiento; la precisión de prueba se estabiliza tras unas pocas.</translation>
    </message>
    <message>
        <source>every </source>
        <translation>cada </translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> épocas</translation>
    </message>
    <message>
        <source>Save the model every N epochs to nnviz&apos;s data folder, so a crash or a closed window loses at most N epochs; File ▸ Restore autosave brings it back.</source>
        <translation>Guardar el modelo cada N épocas en la carpeta de datos de nnviz, para que un fallo o una ventana cerrada pierda como mucho N épocas; Archivo ▸ Restaurar el guardado automático lo recupera.</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation>Guardado automático</translation>
    </message>
    <message>
        <source>Slow motion on the left (one mini-batch a second), full speed on the right.</source>
        <translation>Cámara lenta a la izquierda (un mini-lote por segundo), velocidad máxima a la derecha.</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source> Takes effect at the next Reset.</source>
        <translation> Surte efecto en el próximo Reiniciar.</translation>
    </message>
    <message>
        <source> (the training set&apos;s size)</source>
        <translation> (el tamaño del conjunto de entrenamiento)</translation>
    </message>
    <message>
        <source>full</source>
        <translation>máx.</translation>
    </message>
    <message>
        <source>mini-batches per second</source>
        <translation>mini-lotes por segundo</translation>
    </message>
    <message>
        <source>Hidden layers above 4,096 neurons would be too slow to watch.</source>
        <translation>Las capas ocultas de más de 4.096 neuronas serían demasiado lentas para observarlas.</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <source>Training stopped by an internal error: {error}. Press Reset to start again.</source>
        <translation>Entrenamiento detenido por un error interno: {error}. Pulse Reiniciar para empezar de nuevo.</translation>
    </message>
</context>
<context>
    <name>VideoExportController</name>
    <message>
        <source>Video export needs the optional encoder: pip install &quot;nnviz[video]&quot;</source>
        <translation>La exportación de vídeo necesita el codificador opcional: pip install &quot;nnviz[video]&quot;</translation>
    </message>
    <message>
        <source>Export replay as video (MP4) — how to enable…</source>
        <translation>Exportar la reproducción como vídeo (MP4): cómo activarlo…</translation>
    </message>
    <message>
        <source>Export replay as video (MP4)</source>
        <translation>Exportar la reproducción como vídeo (MP4)</translation>
    </message>
    <message>
        <source>First-layer weights</source>
        <translation>Pesos de la primera capa</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>Diagrama de la red</translation>
    </message>
    <message>
        <source>An H.264 video of this view over the recorded run</source>
        <translation>Un vídeo H.264 de esta vista a lo largo del entrenamiento grabado</translation>
    </message>
    <message>
        <source>Export replay as video</source>
        <translation>Exportar la reproducción como vídeo</translation>
    </message>
    <message>
        <source>Video export uses imageio and imageio-ffmpeg, which bring their own encoder and are not installed here. Install them with

    pip install &quot;nnviz[video]&quot;

(inside nnviz&apos;s virtual environment), then start nnviz again.</source>
        <translation>La exportación de vídeo usa imageio e imageio-ffmpeg, que traen su propio codificador y no están instalados aquí. Instálelos con

    pip install &quot;nnviz[video]&quot;

(dentro del entorno virtual de nnviz) y vuelva a iniciar nnviz.</translation>
    </message>
    <message>
        <source>Nothing to animate</source>
        <translation type="vanished">Nada que animar</translation>
    </message>
    <message>
        <source>Train for a while first (or open a run): the video shows the recorded moments.</source>
        <translation>Entrene un rato primero (o abra un entrenamiento grabado): el vídeo muestra los momentos grabados.</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>Vídeo MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation type="vanished">No se pudo exportar</translation>
    </message>
    <message>
        <source>Encoding the video…</source>
        <translation>Codificando el vídeo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Cancelar</translation>
    </message>
    <message>
        <source>Saved {0} frames to {1}</source>
        <translation type="vanished">{0} fotogramas guardados en {1}</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Lesson 1 · What is a neural network?</source>
        <translation>Lección 1 · ¿Qué es una red neuronal?</translation>
    </message>
    <message>
        <source>Lesson 2 · Gradient descent</source>
        <translation>Lección 2 · Descenso de gradiente</translation>
    </message>
    <message>
        <source>Lesson 3 · What backpropagation does</source>
        <translation>Lección 3 · Qué hace la retropropagación</translation>
    </message>
    <message>
        <source>Lesson 4 · Backpropagation calculus</source>
        <translation>Lección 4 · Cálculo de la retropropagación</translation>
    </message>
    <message>
        <source>Beyond the lessons</source>
        <translation>Más allá de las lecciones</translation>
    </message>
</context>
<context>
    <name>WeightsView</name>
    <message>
        <source>weights</source>
        <translation>pesos</translation>
    </message>
    <message>
        <source>change since init</source>
        <translation>cambio desde el inicio</translation>
    </message>
    <message>
        <source>Weights, or how far training has moved them from their random initial values.</source>
        <translation>Los pesos, o cuánto los ha movido el entrenamiento desde sus valores iniciales aleatorios.</translation>
    </message>
    <message>
        <source>The previous 16 neurons</source>
        <translation>Las 16 neuronas anteriores</translation>
    </message>
    <message>
        <source>The next 16 neurons (a bigger first layer has several pages)</source>
        <translation>Las 16 neuronas siguientes (una primera capa mayor tiene varias páginas)</translation>
    </message>
    <message>
        <source>blue = positive · orange = negative · background = zero</source>
        <translation>azul = positivo · naranja = negativo · fondo = cero</translation>
    </message>
    <message>
        <source>Blue: ink on that pixel excites the neuron; orange: it inhibits it; the background colour: it does not matter.</source>
        <translation>Azul: la tinta en ese píxel excita la neurona; naranja: la inhibe; el color de fondo: no importa.</translation>
    </message>
    <message>
        <source>No weights to show yet.</source>
        <translation>Aún no hay pesos que mostrar.</translation>
    </message>
    <message>
        <source>No initial weights to compare with: “change since init” needs the weights the network started from.</source>
        <translation>No hay pesos iniciales con que comparar: «cambio desde el inicio» necesita los pesos con los que empezó la red.</translation>
    </message>
    <message>
        <source>The first layer has no neurons.</source>
        <translation>La primera capa no tiene neuronas.</translation>
    </message>
    <message>
        <source>Each first-layer neuron has {n_in} inputs, which do not form a square image, so its weights can&apos;t be drawn.</source>
        <translation>Cada neurona de la primera capa tiene {n_in} entradas, que no forman una imagen cuadrada, así que sus pesos no se pueden dibujar.</translation>
    </message>
    <message>
        <source>neurons {first}–{last} of {n}</source>
        <translation>neuronas {first}–{last} de {n}</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>se requieren los siguientes argumentos: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>se requiere uno de los argumentos %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no permitido junto con el argumento %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se esperaba como mucho un argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>se esperaba %s argumento</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>se esperaban %s argumentos</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>se ignoró el argumento explícito %r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s podría ser %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>opción inesperada: %s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>no se puede abrir &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>orden desconocida %(parser_name)r (opciones: %(choices)s)</translation>
    </message>
</context>
<context>
    <name>numbers</name>
    <message>
        <source>{n} quintillion times</source>
        <translation>{n} trillones de veces</translation>
    </message>
    <message>
        <source>{n} quadrillion times</source>
        <translation>{n} mil billones de veces</translation>
    </message>
    <message>
        <source>{n} trillion times</source>
        <translation>{n} billones de veces</translation>
    </message>
    <message>
        <source>{n} billion times</source>
        <translation>{n} mil millones de veces</translation>
    </message>
    <message>
        <source>{n} million times</source>
        <translation>{n} millones de veces</translation>
    </message>
    <message>
        <source>infinitely many times</source>
        <translation>infinitas veces</translation>
    </message>
    <message>
        <source>{n} times</source>
        <translation>{n} veces</translation>
    </message>
    <message>
        <source>about {times}</source>
        <translation>unas {times}</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>Text at %1 %: larger would not fit this screen.</source>
        <translation>Texto al %1 %: más grande no cabría en esta pantalla.</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>blue = positive, orange = negative, background colour = zero</source>
        <translation>azul = positivo, naranja = negativo, color de fondo = cero</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;File</source>
        <translation type="vanished">&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation type="vanished">&amp;Entrenar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="vanished">&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="vanished">&amp;Ayuda</translation>
    </message>
</context>
</TS>
