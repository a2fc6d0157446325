""""What am I looking at?": a few plain sentences for every view and panel of the window.

Keys are the docks' keys (the four live views, the controls, and every panel's `key`); a panel
that does not appear here gets its class docstring's first line instead (`help_for`). Each text
names the ideas of the lessons it shows — weighted sum, bias, sigmoid, cost, gradient,
backpropagation, mini-batch — so a learner can connect the picture to the lesson.
"""

import sys

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

TEXTS = {
    "network": QT_TRANSLATE_NOOP(
        "HelpTexts",
        "The network itself, drawn like the lesson's figure. On the left the input image (784 "
        "pixels); then one column of neurons per layer. Each neuron's brightness is its "
        "activation a, between 0 (black) and 1 (white). A neuron computes a weighted sum of the "
        "previous layer, z = w·a + b — the weights w are the lines (blue positive, orange "
        "negative, only the strongest are drawn) and b is its bias — and squashes it with the "
        "sigmoid, a = σ(z). The brightest output neuron is the network's answer. Hover a neuron "
        "for its numbers; click one to inspect it (first layer: its weights as a picture; the "
        "Lab lets you edit it)."),
    "cost": QT_TRANSLATE_NOOP(
        "HelpTexts",
        "How training is going. The cost C measures how wrong the network is: for every image, "
        "the squared differences between its ten outputs and the right answer, averaged. Each "
        "faint point is the cost of one mini-batch — the handful of examples behind one "
        "gradient step — so it is noisy; the smooth line is a moving average of it that starts "
        "at the first cost. Once per epoch (a pass over all training images) the cost on the "
        "training and test sets and the test accuracy (right axis, always 0–100 %) are added. "
        "Going down means gradient descent is working; tick 'first epoch' to see the fast "
        "start up close."),
    "weights": QT_TRANSLATE_NOOP(
        "HelpTexts",
        "Each small picture is one first-hidden-layer neuron's 784 incoming weights, laid out "
        "like the image: blue pixels push its weighted sum up when they are lit, orange push "
        "it down, and pixels in the background colour do not matter. This is what that neuron "
        "'looks for'. Watch them change from random noise into strokes and blobs as the "
        "gradient nudges every weight; 'change since init' shows only what training has added."),
    "pad": QT_TRANSLATE_NOOP(
        "HelpTexts",
        "Draw a digit with the mouse. It is scaled and centred into 28×28 pixels the way MNIST "
        "digits were (the small picture shows exactly what the network receives), then sent "
        "through the network: the bars are the ten output activations, and the diagram shows "
        "every neuron's response to your drawing."),
    "controls": QT_TRANSLATE_NOOP(
        "HelpTexts",
        "Everything about the training run. The network: how many neurons per layer, the "
        "activation (sigmoid as in the lessons), the cost. Training: the learning rate η (how "
        "big each gradient step is), the mini-batch size (how many examples are averaged per "
        "step) and the number of epochs. Hover any control for what it does; Reset builds a "
        "fresh network with random weights and biases."),
    "lab": QT_TRANSLATE_NOOP(
        "HelpTexts",
        "Operate on the trained network and see what each cut costs. Pick a neuron (or click "
        "it in the diagram): you see its weighted sum z, its bias b and its activation "
        "a = σ(z) for the input in the diagram, and its incoming weights. Shift its bias, scale "
        "its weights or switch it off; or act on the whole network: the output temperature "
        "(σ(z/T): surer or less sure answers), noise on every weight, pruning of the smallest "
        "weights. The accuracy on 1,000 test images updates at once, the full test set a "
        "moment later. Many neurons can be removed with little loss — knowledge is spread "
        "out. Nothing changes in the window until you press 'Use this network'."),
    "pointmap": QT_TRANSLATE_NOOP(
        "HelpTexts",
        "Every dot is one test image; its colour is the digit it really is. Each small plot "
        "places the images by one layer's values — the 784 pixels, then each layer's "
        "activations — flattened to 2-D along the two directions in which they vary most "
        "(principal component analysis; the % says how much of the variation those two "
        "directions show). In the pixels the digits overlap; a trained network pulls them "
        "apart layer by layer until the output can separate them. Hover a dot for its image "
        "and the network's answer; click to show it in the diagram. Instead of PCA the map can "
        "use t-SNE, which keeps each image's nearest neighbours together: clusters show more "
        "clearly, but distances between them mean less, and there is no %. t-SNE takes seconds "
        "per layer and needs the optional extra: pip install \"nnviz[tsne]\"."),
    "backprop": QT_TRANSLATE_NOOP(
        "HelpTexts",
        "Backpropagation for one example, the way the lesson tells it. For the image in the "
        "diagram and the digit it should be, each output neuron wants to be nudged towards 1 "
        "or 0. It can get there three ways: change its bias, change its weights (most for the "
        "brightest previous neurons), or change the previous layer's activations. Adding up "
        "what every output wants from the layer before gives that layer's wishes, and so on "
        "backwards: that is the gradient of the cost for this one example."),
    "sensitivity": QT_TRANSLATE_NOOP(
        "HelpTexts",
        "Which weights matter right now: the size of each component of the gradient of the "
        "cost, averaged over a sample of training examples. A large value means a small change "
        "of that weight or bias changes the cost a lot. The first layer is shown as pictures, "
        "one per neuron; the table ranks the most and least influential parameters."),
    "chain": QT_TRANSLATE_NOOP(
        "HelpTexts",
        "The chain rule on the lesson's toy network: one neuron per layer. Move the sliders "
        "for the weight w, the bias b, the previous activation and the desired output y, and "
        "watch z = w·a + b, a = σ(z) and the cost C₀ = (a − y)² follow. The slope ∂C₀/∂w is "
        "the product of three small derivatives along the chain; the plot shows C₀ against w "
        "with that slope as a tangent. Backpropagation does this for every weight at once."),
    "gradients": QT_TRANSLATE_NOOP(
        "HelpTexts",
        "Why train on mini-batches? The gradient of the cost over all 60,000 training images "
        "is exact but slow; a mini-batch's gradient is a cheap, noisy estimate of it. This "
        "panel measures how close the estimate is for batches of 1, 10, 100 and 1,000 images "
        "(1 = same direction), and races stochastic gradient descent against full-batch "
        "gradient descent for the same time: many rough steps usually beat a few exact ones."),
    "landscape": QT_TRANSLATE_NOOP(
        "HelpTexts",
        "The cost as a landscape around the network as it is now. The network has thousands "
        "of weights and biases, so the picture is a slice: the cost along two directions in "
        "weight space, dark valleys low. The line is the path training took; gradient descent "
        "rolls downhill, a step of size η along −∇C per mini-batch."),
    "evaluation": QT_TRANSLATE_NOOP(
        "HelpTexts",
        "How good the network is, and where it fails: the test accuracy; the confusion matrix "
        "(row = the true digit, column = the answer, so everything off the diagonal is a "
        "mistake — click a cell for its images); the mistakes it makes most confidently; and "
        "the test images each hidden neuron responds to most."),
    "data": QT_TRANSLATE_NOOP(
        "HelpTexts",
        "The images the network learns from: samples of each class, how many there are of "
        "each, the average image of each digit, the spread of pixel values, and what data "
        "augmentation does to them. Click an image to send it through the network."),
    "robustness": QT_TRANSLATE_NOOP(
        "HelpTexts",
        "How the network copes with damaged images: noise, rotation, thicker or thinner "
        "strokes, shifts. The curve is the test accuracy at each level of damage. On the "
        "right: if the network only answers when its largest output is high enough, how many "
        "images does it answer, and how often is it right then?"),
    "replay": QT_TRANSLATE_NOOP(
        "HelpTexts",
        "A recording of the training run. Drag the slider back in time to see the weights, "
        "the diagram and the cost as they were after that many mini-batches; 'Live' returns "
        "to the present."),
    "import": QT_TRANSLATE_NOOP(
        "HelpTexts",
        "Train on your own images: import a CSV file, a folder of images (one sub-folder per "
        "class) or IDX files. The panel shows what arrived and what was skipped, and why, "
        "before you train on it."),
    "sees": QT_TRANSLATE_NOOP(
        "HelpTexts",
        "The input in the diagram through each first-layer neuron's eyes: its weights, the "
        "products weight × pixel that its weighted sum adds up, and then z = Σ w·x + b and "
        "a = σ(z) — exactly the activation the diagram shows for that neuron."),
}

# The texts above that speak of digits, as they read when the classes are named (Fashion-MNIST's
# clothes, a person's own images): F1 must be true for the data on screen.
NAMED = {
    "pad": QT_TRANSLATE_NOOP(
        "HelpTexts",
        "Draw one of the classes with the mouse. It is scaled and centred into 28×28 pixels "
        "(the small picture shows exactly what the network receives), then sent through the "
        "network: the bars are the output activations, one per class, and the diagram shows "
        "every neuron's response to your drawing."),
    "pointmap": QT_TRANSLATE_NOOP(
        "HelpTexts",
        "Every dot is one test image; its colour is the class it really belongs to. Each small "
        "plot places the images by one layer's values — the 784 pixels, then each layer's "
        "activations — flattened to 2-D along the two directions in which they vary most "
        "(principal component analysis; the % says how much of the variation those two "
        "directions show). In the pixels the classes overlap; a trained network pulls them "
        "apart layer by layer until the output can separate them. Hover a dot for its image "
        "and the network's answer; click to show it in the diagram. Instead of PCA the map can "
        "use t-SNE, which keeps each image's nearest neighbours together: clusters show more "
        "clearly, but distances between them mean less, and there is no %. t-SNE takes seconds "
        "per layer and needs the optional extra: pip install \"nnviz[tsne]\"."),
    "backprop": QT_TRANSLATE_NOOP(
        "HelpTexts",
        "Backpropagation for one example, the way the lesson tells it. For the image in the "
        "diagram and the class it should be, each output neuron wants to be nudged towards 1 "
        "or 0. It can get there three ways: change its bias, change its weights (most for the "
        "brightest previous neurons), or change the previous layer's activations. Adding up "
        "what every output wants from the layer before gives that layer's wishes, and so on "
        "backwards: that is the gradient of the cost for this one example."),
    "evaluation": QT_TRANSLATE_NOOP(
        "HelpTexts",
        "How good the network is, and where it fails: the test accuracy; the confusion matrix "
        "(row = the true class, column = the answer, so everything off the diagonal is a "
        "mistake — click a cell for its images); the mistakes it makes most confidently; and "
        "the test images each hidden neuron responds to most."),
    "data": QT_TRANSLATE_NOOP(
        "HelpTexts",
        "The images the network learns from: samples of each class, how many there are of "
        "each, the average image of each class, the spread of pixel values, and what data "
        "augmentation does to them. Click an image to send it through the network."),
}

# The table keeps the English source strings (QT_TRANSLATE_NOOP only marks them for lupdate);
# help_for translates at the time of asking, so the language installed at start is the one read.

# Said once, under every view's text: the colour rule the whole app keeps.
COLOURS = QT_TRANSLATE_NOOP(
    "HelpTexts",
    "Colours, in every view: blue = positive, orange = negative, the background colour = zero "
    "(weights, gradients, nudges, contributions); a neuron's brightness is its activation, "
    "black = 0, white = 1.")


def help_for(key, widget=None, digits=True):
    """The text for a dock key; an unknown panel falls back to its module docstring's first line.
    `digits`: the classes on screen are digits (else the texts that name them say "class").
    Every text ends with the colour rule."""
    if not digits and key in NAMED:
        return _translated(NAMED[key]) + "\n\n" + _translated(COLOURS)
    return _text(key, widget) + "\n\n" + _translated(COLOURS)


def _translated(text):
    """The text in the window's language; the table holds the English source strings."""
    return QCoreApplication.translate("HelpTexts", text)


def _text(key, widget):
    if key in TEXTS:
        return _translated(TEXTS[key])
    module = sys.modules.get(type(widget).__module__) if widget is not None else None
    doc = (getattr(module, "__doc__", None) or "").strip()
    if doc:
        return doc.splitlines()[0]   # a module docstring is English and stays so
    return QCoreApplication.translate("HelpTexts", "No help has been written for this view yet.")
