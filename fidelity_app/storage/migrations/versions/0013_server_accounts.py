"""the logins of a shared database on a server and what each may see

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 15:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('server_accounts',
    sa.Column('login', sa.String(length=63), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('service_id', sa.Integer(), nullable=True),
    sa.Column('reviewer_name', sa.String(length=200), server_default='', nullable=False),
    sa.CheckConstraint("role IN ('support', 'reviewer', 'service')",
                       name=op.f('ck_server_accounts_role')),
    sa.ForeignKeyConstraint(['service_id'], ['services.id'],
                            name=op.f('fk_server_accounts_service_id_services'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('login', name=op.f('pk_server_accounts'))
    )
    op.create_table('server_service_creators',
    sa.Column('service_id', sa.Integer(), nullable=False),
    sa.Column('login', sa.String(length=63), nullable=False),
    sa.ForeignKeyConstraint(['service_id'], ['services.id'],
                            name=op.f('fk_server_service_creators_service_id_services'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('service_id', 'login', name=op.f('pk_server_service_creators'))
    )


def downgrade() -> None:
    op.drop_table('server_service_creators')
    op.drop_table('server_accounts')
