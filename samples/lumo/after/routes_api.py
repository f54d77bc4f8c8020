"""JSON and form endpoints used by the post page: likes and comments."""
from flask import Blueprint, current_app, jsonify, redirect, request, url_for
from flask_login import current_user, login_required

from extensions import db, limiter
from forms import CommentForm
from models import Comment, Post

api_bp = Blueprint('api', __name__, url_prefix='/api')
limiter.limit('100 per hour')(api_bp)


@api_bp.route('/posts/<int:post_id>/like', methods=['POST'])
@login_required
def like(post_id):
    post = db.get_or_404(Post, post_id)
    post.likes = (post.likes or 0) + 1
    db.session.commit()
    return jsonify({'likes': post.likes})


@api_bp.route('/posts/<int:post_id>/comments', methods=['POST'])
@login_required
def add_comment(post_id):
    post = db.get_or_404(Post, post_id)
    form = CommentForm()
    if form.validate():
        db.session.add(Comment(post=post, author=current_user, body=form.body.data))
        db.session.commit()
    return redirect(url_for('main.show_post', post_id=post.id))


@api_bp.route('/posts')
def list_posts():
    limit = request.args.get('limit', 20, type=int)
    if not 1 <= limit <= 100:
        return jsonify({'error': 'limit must be between 1 and 100'}), 400
    posts = Post.query.order_by(Post.created_at.desc()).limit(limit).all()
    current_app.logger.debug('api list_posts limit=%d', limit)
    return jsonify([{'id': p.id, 'title': p.title, 'likes': p.likes} for p in posts])
