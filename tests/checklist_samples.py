"""A small valid checklist template used by the loader and schema tests."""

VALID = """\
id: probe
version: 2
title: {de: "Probe", en: "Probe"}
description: {de: "Zum Testen", en: "For tests"}
sections:
  - id: start
    title: {de: "Ausgangslage", en: "Starting point"}
    guidance: {de: "Ruhig fragen", en: "Ask calmly"}
    questions:
      - id: beschluss
        type: yes_no
        text: {de: "Ratsbeschluss?", en: "Council resolution?"}
        required: true
        suggests:
          - when: "beschluss == 'no'"
            step: {de: "Beschluss vorbereiten", en: "Prepare a resolution"}
      - id: themen
        type: multiple_choice
        text: {de: "Themen", en: "Themes"}
        options:
          - {value: energie, label: {de: "Energie", en: "Energy"}}
          - {value: wasser, label: {de: "Wasser", en: "Water"}}
        show_if: "beschluss in ['yes', 'partly']"
  - id: umfang
    title: {de: "Umfang", en: "Scope"}
    questions:
      - id: personen
        type: number
        text: {de: "Beteiligte", en: "People involved"}
        unit: {de: "Personen", en: "persons"}
        min: 0
        max: 500
        show_if: "contains(themen, 'energie')"
      - id: note
        type: rating
        text: {de: "Stimmung", en: "Mood"}
"""
