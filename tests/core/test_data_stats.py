"""The data explorer's numbers: counts, class averages, histogram, pages and the mosaic."""

import numpy as np

from nnviz.core.lessons.data_stats import cell_at, class_counts, class_means, pick, pixel_histogram, tile


def test_counts_and_means_against_a_direct_computation():
    rng = np.random.default_rng(0)
    x = rng.random((500, 784)).astype(np.float32)
    labels = rng.integers(0, 9, 500)   # class 9 is empty
    counts = class_counts(labels, 10)
    assert counts.tolist() == [int((labels == k).sum()) for k in range(10)] and counts[9] == 0
    means = class_means(x, labels, 10, chunk=128)
    for k in range(9):
        np.testing.assert_allclose(means[k], x[labels == k].mean(axis=0), atol=1e-6)
    assert not means[9].any()


def test_histogram_counts_every_pixel_in_its_bin():
    x = np.array([[0.0, 1 / 255, 0.5, 1.0], [0.0, 0.0, 0.25, 1.0]], np.float32)
    counts, edges = pixel_histogram(x, bins=4, chunk=1)
    assert counts.sum() == x.size and len(edges) == 5
    # 0 and 1/255 → bin 0; 0.25 is step 64 → bin 1; 0.5 is step 128 → bin 2; 1.0 → the last
    assert counts.tolist() == [4, 1, 1, 2]
    np.testing.assert_allclose(edges, [0, 0.25, 0.5, 0.75, 1.0])


def test_pages_of_one_label_wrap_around():
    labels = np.array([3, 1, 3, 3, 0, 3])
    idx, pages = pick(labels, 3, page=0, per_page=3)
    assert idx.tolist() == [0, 2, 3] and pages == 2
    assert pick(labels, 3, page=1, per_page=3)[0].tolist() == [5]
    assert pick(labels, 3, page=2, per_page=3)[0].tolist() == [0, 2, 3]
    assert pick(labels, None, page=1, per_page=4)[0].tolist() == [4, 5]
    assert pick(labels, 7)[0].size == 0


def test_tile_places_images_and_cell_at_finds_them():
    images = np.arange(5 * 4, dtype=np.float32).reshape(5, 4) / 20   # five 2×2 images
    mosaic = tile(images, cols=3, side=2, gap=1)
    assert mosaic.shape == (2 * 3 - 1, 3 * 3 - 1)
    np.testing.assert_array_equal(mosaic[3:5, 3:5], images[4].reshape(2, 2))
    np.testing.assert_array_equal(mosaic[0:2, 6:8], images[2].reshape(2, 2))
    assert np.isnan(mosaic[2]).all() and np.isnan(mosaic[3:5, 6:8]).all()   # gap, empty cell
    for row, col, want in ((0, 0, 0), (4, 4, 4), (1, 7, 2), (2, 0, None), (0, 2, None),
                           (3, 6, None), (-1, 0, None), (0, 9, None)):
        assert cell_at(row, col, cols=3, n=5, side=2, gap=1) == want
