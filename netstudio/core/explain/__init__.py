"""Explain and coach (Qt-free): why a network answers as it does, why training goes wrong.

- attributions.py  saliency, Integrated Gradients, Grad-CAM, occlusion (Captum)
- projector.py     a layer's activations for many images, projected to 2-D (PCA/t-SNE/UMAP)
- doctor/          the training doctor: rules over a run's own signals, findings, fixes
- lr_find.py       the learning-rate range test
"""
