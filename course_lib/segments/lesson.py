"""The lesson's five segments, as notebook 06 writes them in code (a test keeps the two equal).

They are built on the lesson's default factors (age, type of place, main interest), in the
Swedish values of the customer data, and are where the teacher's presenter view and notebook 10
start.
"""

from __future__ import annotations

from .rules import Segment, where

ACTIVE = ["löpning", "yoga och träning", "cykling"]
MOUNTAINS = ["vandring", "skidåkning", "camping"]


def lesson_segments() -> list[Segment]:
    """Unga och aktiva i storstan, Fjällvandrare 35+, Fiske och jakt på landsbygden,
    Motionärer 35+ i större städer and Unga äventyrare."""
    return [
        Segment("Unga och aktiva i storstan",
                where("age").between(18, 34)
                & where("urban_rural").is_in(["storstadsområde"])
                & where("main_interest").is_in(ACTIVE)),
        Segment("Fjällvandrare 35+",
                where("age").at_least(35) & where("main_interest").is_in(MOUNTAINS)),
        Segment("Fiske och jakt på landsbygden",
                where("urban_rural").is_in(["mindre ort och landsbygd"])
                & where("main_interest").is_in(["fiske", "jakt"])),
        Segment("Motionärer 35+ i större städer",
                where("age").at_least(35)
                & where("urban_rural").is_in(["större stad"])
                & where("main_interest").is_in(ACTIVE)),
        Segment("Unga äventyrare",
                where("age").at_most(34)
                & where("main_interest").is_in([*MOUNTAINS, "paddling", "klättring", "fiske",
                                                "jakt"])),
    ]
