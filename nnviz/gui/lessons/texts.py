"""The four lessons as data: how each arranges the window, and its steps in the lessons' words.

A lesson says which network it starts from ("pretrained", "fresh" or "keep"), which views it
shows (the first is brought to the front and made large) and whether training runs at the lesson
pace. Each step is a title, a few sentences, what *Show me* does (a list of actions the
controller knows, with their arguments) and, when it asks the learner to do something, the event
that ticks it. Nothing here touches the window: `controller.py` carries the actions out. The texts
are translated when `lessons()` is called, so a translator loaded at start-up applies.
"""

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication


def tr(text):
    return QCoreApplication.translate("Lessons", text)


@dataclass(frozen=True)
class Step:
    title: str
    text: str
    show: tuple = ()        # ((action, {arguments}), …) carried out by Show me
    task: str = None        # the event that ticks this step when the learner does it
    task_text: str = ""     # "Your turn: …"


@dataclass(frozen=True)
class Lesson:
    number: int             # 1–4; 0 is free exploration
    title: str
    network: str            # "pretrained", "fresh" or "keep"
    views: tuple            # view keys to show; the first is raised and made large
    pace: bool              # train at the lesson pace
    steps: tuple = field(default_factory=tuple)
    hide: tuple = ()        # dock keys to hide for room; "right" hides the whole right column


def show(*keys):
    return ("show", {"keys": keys})


def lessons():
    """Lessons 1–4 and free exploration, in menu order."""
    return (_lesson_1(), _lesson_2(), _lesson_3(), _lesson_4(), _free())


def _lesson_1():
    return Lesson(1, tr("What is a neural network?"), "pretrained", ("pad", "weights"), False, (
        Step(tr("Neurons hold numbers"),
             tr("The picture in the middle is a network that already learned to read digits. "
                "Each circle is a neuron holding one number between 0 and 1, its "
                "<b>activation</b>: white is 1, black is 0. The input layer is the image itself, "
                "28 × 28 = 784 pixels."),
             (("example", {"digit": 3}),)),
        Step(tr("Layers"),
             tr("Activations flow left to right: 784 inputs, two hidden layers of 16 neurons, "
                "10 outputs, one per digit. The brightest output is the network's answer."),
             (("example", {"digit": 7}), show("pad"))),
        Step(tr("Draw a digit"),
             tr("Draw any digit on the pad with the mouse. The network reads it at once; the "
                "bars beside the pad are the ten output activations."),
             (("draw", {"digit": 2}), show("pad")), "drawn",
             tr("Your turn: draw a digit on the pad.")),
        Step(tr("Weights: what a neuron looks for"),
             tr("A first-layer neuron adds up all 784 pixels, each multiplied by its own "
                "<b>weight</b>. Drawn as a 28 × 28 picture, blue weights are pixels it wants lit "
                "and orange ones pixels it wants dark. Click any neuron of the first hidden layer "
                "to open its weights."),
             (("neuron", {"index": 5}), show("weights")), "neuron_clicked",
             tr("Your turn: click a neuron in the first hidden layer.")),
        Step(tr("Bias and sigmoid"),
             tr("The weighted sum plus a <b>bias</b> is z = w·a + b. The bias says how high the "
                "sum must be before the neuron lights up. The <b>sigmoid</b> σ(z) squashes z "
                "into 0…1, and that is the neuron's activation."),
             (show("sees"),)),
        Step(tr("Every neuron, through its own eyes"),
             tr("This view multiplies the digit in the diagram by each neuron's weights: the "
                "bright parts are where the digit matches what the neuron looks for."),
             (("draw", {"digit": 0}), show("sees"))),
        Step(tr("13,002 knobs"),
             tr("784·16 + 16·16 + 16·10 weights and 16 + 16 + 10 biases: 13,002 numbers. "
                "Learning means finding good values for all of them. How? That is lesson 2."),
             (show("weights"),)),
    ))


def _lesson_2():
    return Lesson(2, tr("Gradient descent"), "fresh", ("cost", "landscape", "gradients"), True, (
        Step(tr("Start from random weights"),
             tr("This network has random weights and biases: its outputs are noise, and it "
                "gets about one digit in ten right."),
             (("fresh", {}), show("cost"))),
        Step(tr("The cost"),
             tr("For one example, the <b>cost</b> adds up the squared differences between the "
                "ten outputs and what they should be (1 for the right digit, 0 for the rest). "
                "Averaged over all training examples, it measures how bad the network is."),
             (show("cost"),)),
        Step(tr("The gradient points uphill"),
             tr("The cost is a function of all 13,002 weights and biases. Its <b>gradient</b> "
                "says which way to nudge each of them to make the cost rise fastest; gradient "
                "descent steps the other way. The landscape shows the cost along two directions."),
             (show("landscape"),)),
        Step(tr("One step"),
             tr("Press <b>Step mini-batch</b> (F10): the network takes one step downhill, "
                "computed from 10 examples, a <b>mini-batch</b>."),
             (("step", {}),), "stepped", tr("Your turn: press Step mini-batch (F10).")),
        Step(tr("Watch it learn"),
             tr("Press <b>Train</b> (F5). At the lesson pace the first mini-batches come slowly "
                "and the pace quickens as the cost flattens: watch the weights take shape."),
             (("train", {}), show("cost", "weights")), "trained",
             tr("Your turn: press Train (F5).")),
        Step(tr("Mini-batches are noisy"),
             tr("A mini-batch's gradient only estimates the full gradient, so each step wobbles "
                "— like a drunk walking downhill. It is much cheaper, so it wins."),
             (show("gradients"),)),
        Step(tr("The step size η"),
             tr("The learning rate <b>η</b> scales every step. Set it to 100 in the "
                "Training panel and watch what the cost does; the line at the bottom of the "
                "window says what went wrong. Then set it back to 3."),
             (("lr", {"value": 30.0}), show("cost")), "lr_changed",
             tr("Your turn: change the learning rate.")),
        Step(tr("Watch the first epoch again"),
             tr("The replay bar under the views recorded the run, densely at the start where "
                "the network changes most. Drag it to the left to see the first epoch again."),
             (("replay_start", {}), show("weights")), "scrubbed",
             tr("Your turn: drag the replay bar.")),
    ))


def _lesson_3():
    return Lesson(3, tr("What backpropagation does"), "pretrained", ("backprop", "sensitivity"),
                  False, (
        Step(tr("What does this example want?"),
             tr("Take one training example. Each output neuron should move towards its target: "
                "up for the right digit, down for the others. The arrows are these "
                "<b>nudges</b>, bigger where the output is further off."),
             (("example", {"digit": 2}), ("backprop_page", {"page": 0}))),
        Step(tr("Three levers"),
             tr("To raise one output neuron, backpropagation can raise its <b>bias</b>, change "
                "its <b>weights</b> (those from bright neurons matter most), or change the "
                "previous layer's <b>activations</b> in proportion to the weights."),
             (("backprop_target", {"digit": 2}),)),
        Step(tr("Wishes for the layer before"),
             tr("Every output neuron has wishes for the last hidden layer. Added together they "
                "say how that layer should change; the same reasoning then repeats one layer "
                "further back. That is why it is called <b>backpropagation</b>."),
             (("backprop_page", {"page": 0}),)),
        Step(tr("Ask for another digit"),
             tr("Pick a different wanted digit above the arrows and watch every wish change."),
             (("backprop_target", {"digit": 8}),), "target_chosen",
             tr("Your turn: click a wanted digit.")),
        Step(tr("Many examples, one step"),
             tr("A real step does not follow one example. Each example of a <b>mini-batch</b> "
                "has its own wishes; their <b>average</b> is the step gradient descent takes."),
             (("backprop_batch", {}),), "batch_picked",
             tr("Your turn: pick another mini-batch.")),
        Step(tr("Take the step"),
             tr("Press <b>Step mini-batch</b> (F10). Training starts from fresh random weights, "
                "so the wishes are big. The panel shows the images the step trained on and "
                "their cost before and after it."),
             (("step", {}),), "stepped", tr("Your turn: press Step mini-batch (F10).")),
        Step(tr("Which knobs matter"),
             tr("Averaged over many examples, the gradient says how sensitive the cost is to "
                "each weight and bias: a few matter a lot, most very little."),
             (show("sensitivity"),)),
    ), hide=("pad",))


def _lesson_4():
    return Lesson(4, tr("Backpropagation calculus"), "keep", ("chain",), False, (
        Step(tr("One neuron per layer"),
             tr("The simplest network: a chain of single neurons, a(L−2) → a(L−1) → a(L), and "
                "the cost of one example, C₀ = (a(L) − y)²."),
             (show("chain"), ("chain", {"w": 1.5, "b": -0.5, "a_prev": 0.8, "y": 1.0}))),
        Step(tr("The last link"),
             tr("The last neuron computes z(L) = w(L)·a(L−1) + b(L) and a(L) = σ(z(L)). The "
                "picture writes the current values on each link."),
             (("chain", {"w": 2.0, "b": -1.0, "a_prev": 0.6, "y": 1.0}),)),
        Step(tr("The chain rule"),
             tr("A small change in w(L) changes z(L), which changes a(L), which changes C₀. "
                "So ∂C₀/∂w(L) = ∂z/∂w · ∂a/∂z · ∂C₀/∂a = a(L−1) · σ′(z) · 2(a − y): three "
                "factors, shown in the table."),
             (("chain", {"w": 1.0, "b": 0.0, "a_prev": 0.9, "y": 0.0}),)),
        Step(tr("Slide w"),
             tr("Drag w. The plot shows C₀ against w; the yellow tangent's slope is the "
                "product of the three factors."),
             (("chain", {"w": -2.0}),), "chain_moved", tr("Your turn: drag the w slider.")),
        Step(tr("The bias"),
             tr("For the bias the first factor is 1, since ∂z/∂b = 1: ∂C₀/∂b = σ′(z) · 2(a − y)."),
             (("chain", {"b": 1.5}),)),
        Step(tr("One layer further back"),
             tr("∂C₀/∂a(L−1) = w · σ′(z) · 2(a − y) tells how the cost feels the previous "
                "activation. Repeat the same rule one link back and you reach a(L−2): the "
                "picture writes these derivatives under each neuron."),
             (("chain", {"a_prev": 0.3, "y": 0.0}),)),
        Step(tr("Many neurons"),
             tr("With many neurons per layer nothing new happens: a neuron's activation "
                "influences every neuron of the next layer, so its derivative is a sum over "
                "them. The backprop panel shows those sums for the real network."),
             (show("backprop"),)),
    ), hide=("right",))


def _free():
    return Lesson(0, tr("Free exploration"), "keep", ("weights", "cost"), False, ())
