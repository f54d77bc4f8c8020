"""Feed, posts, comments and profiles."""
from flask import Blueprint, abort, current_app, flash, jsonify, redirect, render_template, request, url_for
from flask_login import current_user, login_required, logout_user

from extensions import db
from forms import CommentForm, DeleteAccountForm, PostForm
from models import Post, User

main_bp = Blueprint('main', __name__)


@main_bp.route('/')
def index():
    page = request.args.get('page', 1, type=int)
    posts = Post.query.order_by(Post.created_at.desc()).paginate(
        page=page, per_page=current_app.config['POSTS_PER_PAGE'], error_out=False)
    return render_template('index.html', posts=posts)


@main_bp.route('/posts/new', methods=['GET', 'POST'])
@login_required
def new_post():
    form = PostForm()
    if form.validate_on_submit():
        post = Post(title=form.title.data, body=form.body.data, author=current_user)
        db.session.add(post)
        db.session.commit()
        return redirect(url_for('main.show_post', post_id=post.id))
    return render_template('post_form.html', form=form)


@main_bp.route('/posts/<int:post_id>')
def show_post(post_id):
    post = db.get_or_404(Post, post_id)
    return render_template('post.html', post=post, form=CommentForm())


@main_bp.route('/posts/<int:post_id>/delete', methods=['POST'])
@login_required
def delete_post(post_id):
    post = db.get_or_404(Post, post_id)
    if post.author != current_user:
        abort(403)
    db.session.delete(post)
    db.session.commit()
    return redirect(url_for('main.index'))


@main_bp.route('/u/<username>')
def profile(username):
    user = User.query.filter_by(username=username).first_or_404()
    return render_template('profile.html', user=user, posts=user.posts.order_by(Post.created_at.desc()).all())


@main_bp.route('/settings', methods=['GET', 'POST'])
@login_required
def settings():
    if request.method == 'POST':
        current_user.bio = request.form.get('bio', '')[:1000]
        db.session.commit()
        return redirect(url_for('main.profile', username=current_user.username))
    return render_template('settings.html', delete_form=DeleteAccountForm())


@main_bp.route('/account/export')
@login_required
def export_account():
    """GDPR Art. 20: everything we hold about the user, as JSON."""
    user = current_user
    return jsonify({
        'email': user.email,
        'username': user.username,
        'bio': user.bio,
        'created_at': user.created_at.isoformat() if user.created_at else None,
        'posts': [{'title': p.title, 'body': p.body, 'created_at': p.created_at.isoformat()} for p in user.posts],
        'comments': [{'post_id': c.post_id, 'body': c.body} for c in user.comments],
    })


@main_bp.route('/account/delete', methods=['POST'])
@login_required
def delete_account():
    """GDPR Art. 17: erase the account with its posts and comments."""
    form = DeleteAccountForm()
    if not form.validate_on_submit() or (current_user.password_hash and not current_user.check_password(form.password.data or '')):
        flash('Password required to delete your account')
        return redirect(url_for('main.settings'))
    user = db.session.get(User, current_user.id)
    logout_user()
    db.session.delete(user)
    db.session.commit()
    flash('Your account and content were deleted')
    return redirect(url_for('main.index'))
