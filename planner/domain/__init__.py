"""Domain models: what the planner holds, validated by pydantic before anything is stored."""
