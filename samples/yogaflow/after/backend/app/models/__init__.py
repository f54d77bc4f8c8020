from app.models.achievement import Achievement, UserAchievement
from app.models.favorites import Favorite
from app.models.pose import Pose
from app.models.sequence import Sequence, SequencePose
from app.models.user import User

__all__ = ['Achievement', 'Favorite', 'Pose', 'Sequence', 'SequencePose', 'User', 'UserAchievement']
