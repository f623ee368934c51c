-- Each desk signs what only it may vouch for (issue 10): user changes and audit events carry an Ed25519 signature
-- by the key of the desk that made them, and other desks check it against the public keys the central server
-- registered when each store claimed its site.
CREATE TABLE desk_identity (
    id          INTEGER       NOT NULL PRIMARY KEY CHECK (id = 1),
    public_key  VARCHAR(200)  NOT NULL,
    private_key VARCHAR(400)  NOT NULL
);

-- The public keys of the clinic's desks as the central server listed them at the last sync (so that 'audit verify'
-- and pulled user changes are checked even offline).
CREATE TABLE known_desk_key (
    site       VARCHAR(4)   NOT NULL,
    store_id   UUID         NOT NULL,
    public_key VARCHAR(200) NOT NULL,
    PRIMARY KEY (site, store_id)
);

ALTER TABLE app_user ADD COLUMN signature VARCHAR(200);
ALTER TABLE audit_event ADD COLUMN signature VARCHAR(200);
