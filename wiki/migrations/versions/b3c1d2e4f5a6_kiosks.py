"""kiosks

Revision ID: b3c1d2e4f5a6
Revises: 6ef06f9a2e75
Create Date: 2026-11-22 21:30:00
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = 'b3c1d2e4f5a6'
down_revision = '6ef06f9a2e75'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('kiosk',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('place', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('token_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('enrolled', sa.Boolean(), nullable=False),
    sa.Column('revoked', sa.Boolean(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('kiosk', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_kiosk_token_id'), ['token_id'], unique=True)


def downgrade() -> None:
    with op.batch_alter_table('kiosk', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_kiosk_token_id'))
    op.drop_table('kiosk')
