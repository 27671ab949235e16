"""``@record``: ``@dataclass(frozen=True)`` without its cost at import.

On Python 3.11 ``dataclass`` writes every class's ``__init__``, ``__repr__``, ``__eq__``,
``__hash__``, ``__setattr__`` and ``__delattr__`` as source text and compiles each with
``exec``: ~4 M instructions a class, and a plain ``epub`` imports thirty of them (a sixth
of its CPU time, more than the e-book itself).  ``record`` still lets ``dataclass``
collect the fields, so a record *is* a dataclass: ``dataclasses.fields``, ``replace``,
``asdict`` and ``is_dataclass`` and the type checkers see no difference.  Only the
methods are these, written once, generic over the class's fields and compiled with this
module; they do what the generated ones do (argument binding, defaults and default
factories, ``__post_init__``, repr, equality, hash values, ``FrozenInstanceError``, the
class's signature), which tests/test_records.py checks side by side with ``dataclass``.

Left to introspection: ``__dataclass_params__`` says init, repr and eq are off (they are
this module's), and a class without a docstring costs ``dataclass``'s signature-built
one (give records a docstring).  What the methods cannot do as generated (keyword-only
fields, ``InitVar``, fields left out of ``__init__``) is refused when the class is made.
"""

from __future__ import annotations

import dataclasses
import reprlib
from collections.abc import Callable
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T", bound=type)
MISSING = dataclasses.MISSING
SPEC = "__record_spec__"  # the class attribute holding its _Spec


class _Spec:
    """What the generic methods need to know of one record class, worked out once when it is made."""

    __slots__ = ("cls", "defaults", "factories", "key", "known", "names", "post_init", "shown")

    def __init__(self, cls: type) -> None:
        fields = dataclasses.fields(cls)
        self.cls = cls
        self.names = tuple(f.name for f in fields)  # the __init__ parameters, in order
        self.known = frozenset(self.names)
        self.defaults = {f.name: f.default for f in fields if f.default is not MISSING}
        self.factories = {f.name: f.default_factory for f in fields if f.default_factory is not MISSING}
        self.shown = tuple(f.name for f in fields if f.repr)
        # equality and hash compare the values as one tuple, as the generated methods do
        self.key = _tuple_of(tuple(f.name for f in fields if f.compare))
        self.post_init = hasattr(cls, "__post_init__")


def _tuple_of(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """A function giving an instance's values of ``names`` as a tuple (attrgetter gives one value bare)."""
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        single = attrgetter(names[0])
        return lambda obj: (single(obj),)
    return lambda _obj: ()


def _spec(obj: Any) -> _Spec:
    return getattr(type(obj), SPEC)  # type: ignore[no-any-return]


def _missing(where: str, names: list[str]) -> TypeError:
    quoted = [repr(name) for name in names]
    listed = (
        quoted[0]
        if len(quoted) == 1
        else f"{', '.join(quoted[:-1])}{',' if len(quoted) > 2 else ''} and {quoted[-1]}"
    )
    plural = "s" if len(names) > 1 else ""
    return TypeError(f"{where} missing {len(names)} required positional argument{plural}: {listed}")


def _too_many(where: str, spec: _Spec, given: int) -> TypeError:
    """CPython's own words, counting ``self`` as it does."""
    most = len(spec.names) + 1
    least = most - len(spec.defaults) - len(spec.factories)
    takes = (
        f"{most} positional argument{'s' if most != 1 else ''}"
        if least == most
        else f"from {least} to {most} positional arguments"
    )
    return TypeError(f"{where} takes {takes} but {given + 1} were given")


def _init(self: Any, /, *args: Any, **kwargs: Any) -> None:
    spec = _spec(self)
    names = spec.names
    given = len(args)
    assign = object.__setattr__
    if kwargs or given != len(names):  # the checks the generated __init__ makes, in its order
        _check_arguments(spec, given, kwargs)
    for name, value in zip(names, args, strict=False):
        assign(self, name, value)
    for name in names[given:]:  # in field order, as the generated __init__ assigns them
        if name in kwargs:
            assign(self, name, kwargs[name])
        elif name in spec.defaults:
            assign(self, name, spec.defaults[name])
        else:
            assign(self, name, spec.factories[name]())
    if spec.post_init:
        self.__post_init__()


def _check_arguments(spec: _Spec, given: int, kwargs: dict[str, Any]) -> None:
    """Raise the TypeError CPython raises for a call with ``given`` positional arguments and ``kwargs``."""
    where = f"{spec.cls.__qualname__}.__init__()"
    positional = spec.names[:given]
    for name in kwargs:
        if name in positional:
            raise TypeError(f"{where} got multiple values for argument {name!r}")
        if name not in spec.known:
            raise TypeError(f"{where} got an unexpected keyword argument {name!r}")
    if given > len(spec.names):
        raise _too_many(where, spec, given)
    missing = [
        n
        for n in spec.names[given:]
        if n not in kwargs and n not in spec.defaults and n not in spec.factories
    ]
    if missing:
        raise _missing(where, missing)


@reprlib.recursive_repr()
def _repr(self: Any) -> str:
    return f"{type(self).__qualname__}({', '.join(f'{n}={getattr(self, n)!r}' for n in _spec(self).shown)})"


def _eq(self: Any, other: Any) -> Any:
    if other.__class__ is self.__class__:
        key = _spec(self).key
        return key(self) == key(other)
    return NotImplemented


def _hash(self: Any) -> int:
    return hash(_spec(self).key(self))


def _setattr(self: Any, name: str, value: Any) -> None:
    spec = _spec(self)
    if type(self) is spec.cls or name in spec.known:
        raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
    super(spec.cls, self).__setattr__(name, value)


def _delattr(self: Any, name: str) -> None:
    spec = _spec(self)
    if type(self) is spec.cls or name in spec.known:
        raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
    super(spec.cls, self).__delattr__(name)


class _Factory:
    """The default a default factory shows in a signature, as dataclass's own sentinel does."""

    def __repr__(self) -> str:
        return "<factory>"


class _Signature:
    """``inspect.signature`` of a record class: the generated __init__'s, worked out when first asked."""

    def __get__(self, _obj: Any, owner: type) -> Any:
        import inspect  # only introspection asks; inspect is loaded anyway by then

        parameters = [
            inspect.Parameter(
                f.name,
                inspect.Parameter.POSITIONAL_OR_KEYWORD,
                default=(
                    _Factory()
                    if f.default_factory is not MISSING
                    else inspect.Parameter.empty
                    if f.default is MISSING
                    else f.default
                ),
                annotation=f.type,
            )
            for f in dataclasses.fields(owner)
        ]
        return inspect.Signature(parameters, return_annotation=None)


def _refuse_what_generic_methods_cannot_do(cls: type) -> None:
    fields = dataclasses.fields(cls)
    for f in fields:
        if f.kw_only is True or not f.init:
            raise TypeError(
                f"record {cls.__qualname__}.{f.name}: keyword-only or non-init fields need @dataclass"
            )
    if any("InitVar" in str(f.type) for f in cls.__dataclass_fields__.values()):  # type: ignore[attr-defined]
        raise TypeError(f"record {cls.__qualname__}: InitVar fields need @dataclass")
    seen_default = False
    for f in fields:
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        if seen_default and not has_default:
            raise TypeError(f"non-default argument {f.name!r} follows default argument")
        seen_default = seen_default or has_default


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field, dataclasses.Field))
def record(cls: T) -> T:
    """Make ``cls`` a frozen dataclass whose methods are this module's (see the module's docstring)."""
    own = cls.__dict__
    if "__setattr__" in own or "__delattr__" in own:
        raise TypeError(
            f"record {cls.__qualname__} defines __setattr__ or __delattr__ (frozen=True refuses it)"
        )
    # what the class defines itself stays, as dataclass leaves a method written in the class body
    methods = {"__init__": _init, "__repr__": _repr, "__eq__": _eq}
    for name, method in methods.items():
        if name not in own:
            setattr(cls, name, method)
    if "__signature__" not in own:  # before dataclass, whose docstring for a class without one shows it
        cls.__signature__ = _Signature()  # type: ignore[attr-defined]
    class_hash = own.get("__hash__", MISSING)
    explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in own))
    cls = dataclasses.dataclass(init=False, repr=False, eq=False)(cls)
    _refuse_what_generic_methods_cannot_do(cls)
    setattr(cls, SPEC, _Spec(cls))
    cls.__setattr__ = _setattr  # type: ignore[assignment]
    cls.__delattr__ = _delattr  # type: ignore[assignment]
    if not explicit_hash:
        cls.__hash__ = _hash  # type: ignore[assignment]
    return cls
