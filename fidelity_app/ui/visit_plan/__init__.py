"""The visit plan dialog: schedule and documents of a review, edited in place."""
