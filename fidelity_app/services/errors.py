"""Errors the service layer raises; each message is meant for the user."""


class ServiceError(Exception):
    """A request that cannot be carried out; ``str(error)`` explains why to the user."""


class NotFoundError(ServiceError):
    """No such service, review or item."""


class InvalidInputError(ServiceError):
    """Input that breaks a rule (an empty name, a score outside 1-5, an unknown kind)."""


class ReviewLockedError(ServiceError):
    """The review is final and cannot be changed until it is reopened."""


class ConflictError(ServiceError):
    """The data changed elsewhere, or an import disagrees with what is stored."""
