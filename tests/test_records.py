"""``@record`` (publisher/records.py) behaves as ``@dataclass(frozen=True)``: each case side by side."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
from collections.abc import Callable
from typing import Any

import pytest

from publisher import model
from publisher.records import record

FROZEN = dataclasses.dataclass(frozen=True)
BOTH = pytest.mark.parametrize("make", [FROZEN, record], ids=["dataclass", "record"])


def _story(make: Callable[[type], type]) -> Any:
    """The same class made by ``make``; defined in here so that both have the same qualified name."""

    @make
    class Story:
        id: str
        page: int
        lines: tuple[str, ...] = ()
        kicker: str | None = None
        tags: list[str] = dataclasses.field(default_factory=list)

    return Story


def _bare(make: Callable[[type], type]) -> Any:
    @make
    class Bare:  # no docstring: dataclass writes one from the signature
        a: int
        b: str = "x"

    return Bare


def _outcome(call: Callable[[], Any]) -> Any:
    """What a call gives, or the exception it raises, comparable across the two kinds of class."""
    try:
        value = call()
    except Exception as e:
        return type(e), str(e).replace("_bare.<locals>.", "").replace("_story.<locals>.", "")
    return repr(value)


def test_a_record_is_a_dataclass_with_the_same_fields() -> None:
    theirs, ours = _story(FROZEN), _story(record)
    assert dataclasses.is_dataclass(ours)
    assert [(f.name, f.type, f.default) for f in dataclasses.fields(ours)] == [
        (f.name, f.type, f.default) for f in dataclasses.fields(theirs)
    ]
    assert ours.__match_args__ == theirs.__match_args__
    assert str(inspect.signature(ours)) == str(inspect.signature(theirs))
    assert _bare(record).__doc__ == _bare(FROZEN).__doc__ == "Bare(a: 'int', b: 'str' = 'x')"


ARGUMENTS: list[tuple[tuple[Any, ...], dict[str, Any]]] = [
    (("a1", 1), {}),
    (("a1",), {"page": 2, "kicker": "k"}),
    ((), {"id": "a1", "page": 1, "lines": ("x",), "tags": ["t"]}),
    (("a1", 1, ("x", "y"), None, ["t"]), {}),
    # every mistake a caller can make, with CPython's message for it
    (("a1",), {}),
    ((), {}),
    (("a1", 1, (), None, [], "too many"), {}),
    (("a1", 1), {"id": "again"}),
    (("a1", 1), {"colour": "red"}),
]


@pytest.mark.parametrize(("args", "kwargs"), ARGUMENTS)
def test_arguments_bind_as_the_generated_init_binds_them(
    args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    theirs, ours = _story(FROZEN), _story(record)
    assert _outcome(lambda: ours(*args, **kwargs)) == _outcome(lambda: theirs(*args, **kwargs))


def test_the_messages_of_a_class_without_defaults() -> None:
    for make in (FROZEN, record):

        @make
        class Two:
            a: int
            b: int

        with pytest.raises(TypeError, match=r"Two.__init__\(\) takes 3 positional arguments but 4 were"):
            Two(1, 2, 3)
        with pytest.raises(TypeError, match=r"missing 2 required positional arguments: 'a' and 'b'"):
            Two()


def test_a_default_factory_gives_each_instance_its_own_value() -> None:
    Story = _story(record)
    first, second = Story("a1", 1), Story("a2", 1)
    first.tags.append("t")
    assert second.tags == []


@BOTH
def test_repr_equality_and_hash(make: Callable[[type], type]) -> None:
    Story = _story(make)
    a, b, c = Story("a1", 1, ("x",)), Story("a1", 1, ("x",)), Story("a1", 2)
    assert repr(a) == "_story.<locals>.Story(id='a1', page=1, lines=('x',), kicker=None, tags=[])"
    assert a == b and a != c and a != ("a1", 1, ("x",), None, [])
    assert a.__eq__(object()) is NotImplemented


def test_the_same_hash_values_as_dataclass() -> None:
    @record
    class Point:
        x: int
        y: tuple[str, ...] = ()

    theirs = FROZEN(type("Point", (), {"__annotations__": {"x": "int", "y": "tuple"}}))
    assert hash(Point(3, ("a",))) == hash(theirs(3, ("a",))) == hash((3, ("a",)))
    with pytest.raises(TypeError, match="unhashable"):
        hash(_story(record)("a1", 1))  # a list field, as dataclass's own hash would say


@BOTH
def test_a_recursive_repr_stops(make: Callable[[type], type]) -> None:
    Story = _story(make)
    story = Story("a1", 1)
    story.tags.append(story)
    assert repr(story).endswith("tags=[...])")


@BOTH
def test_frozen(make: Callable[[type], type]) -> None:
    story = _story(make)("a1", 1)
    with pytest.raises(dataclasses.FrozenInstanceError, match="cannot assign to field 'page'"):
        story.page = 2
    with pytest.raises(dataclasses.FrozenInstanceError, match="cannot assign to field 'other'"):
        story.other = 2
    with pytest.raises(dataclasses.FrozenInstanceError, match="cannot delete field 'page'"):
        del story.page


@BOTH
def test_a_plain_subclass_may_add_attributes_but_not_change_fields(make: Callable[[type], type]) -> None:
    class Marked(_story(make)):  # type: ignore[misc]
        pass

    story = Marked("a1", 1)
    story.mark = "seen"
    assert story.mark == "seen"
    with pytest.raises(dataclasses.FrozenInstanceError):
        story.page = 2
    del story.mark
    with pytest.raises(dataclasses.FrozenInstanceError):
        del story.id


@BOTH
def test_replace_asdict_copy_and_pickle(make: Callable[[type], type]) -> None:
    global PickledStory
    PickledStory = _story(make)
    PickledStory.__qualname__ = "PickledStory"
    story = PickledStory("a1", 1, ("x",), tags=["t"])
    assert dataclasses.replace(story, page=2) == PickledStory("a1", 2, ("x",), tags=["t"])
    expected = {"id": "a1", "page": 1, "lines": ("x",), "kicker": None, "tags": ["t"]}
    assert dataclasses.asdict(story) == expected
    assert copy.deepcopy(story) == story and pickle.loads(pickle.dumps(story)) == story


PickledStory: Any = None  # a module-level name, for pickle


@BOTH
def test_post_init_runs_after_the_fields_are_set(make: Callable[[type], type]) -> None:
    seen = []

    @make
    class Checked:
        a: int

        def __post_init__(self) -> None:
            seen.append(self.a)

    Checked(5)
    assert seen == [5]


@BOTH
def test_methods_written_in_the_class_stay(make: Callable[[type], type]) -> None:
    @make
    class Own:
        a: int

        def __repr__(self) -> str:
            return "own"

        def __hash__(self) -> int:
            return 7

    assert repr(Own(1)) == "own" and hash(Own(1)) == 7 and Own(1) == Own(1)


@pytest.mark.parametrize(
    "body",
    [
        {"__annotations__": {"a": "int"}, "a": dataclasses.field(default=0, kw_only=True)},
        {"__annotations__": {"a": "int"}, "a": dataclasses.field(default=0, init=False)},
        {"__annotations__": {"a": "dataclasses.InitVar[int]"}},
        {"__setattr__": lambda self, name, value: None, "__annotations__": {"a": "int"}},
    ],
    ids=["kw_only", "init=False", "InitVar", "own __setattr__"],
)
def test_what_the_generic_methods_cannot_do_is_refused(body: dict[str, Any]) -> None:
    with pytest.raises(TypeError):
        record(type("Refused", (), dict(body)))


def test_a_field_without_a_default_after_one_with_is_refused_as_dataclass_does() -> None:
    body = {"__annotations__": {"a": "int", "b": "int"}, "a": 0}
    with pytest.raises(TypeError, match="non-default argument 'b' follows default argument"):
        dataclasses.dataclass(frozen=True)(type("Late", (), dict(body)))
    with pytest.raises(TypeError, match="non-default argument 'b' follows default argument"):
        record(type("Late", (), dict(body)))


def test_the_model_classes_are_records_sharing_one_set_of_methods() -> None:
    """No class of the model compiles methods of its own (the cost record saves at import)."""
    classes = [model.Article, model.Photo, model.Edition, model.Byline, model.SourceLines, model.PageInfo]
    for cls in classes:
        assert cls.__init__ is model.Article.__init__ and cls.__hash__ is model.Article.__hash__
        assert dataclasses.is_dataclass(cls)
