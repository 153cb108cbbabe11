#pragma once

#include "sightline/core/link.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sightline {
class Project;
}

namespace sightline::edit {
class Document;
class RecordCommandBase;
} // namespace sightline::edit

namespace sightline::ui {

// The form that links one claim to another: both claims shown (quote, source, grade, date), a
// relation that two claims can have (corroborates, contradicts, supports, depends on), a button
// that swaps which claim is the subject, and a note. When the two claims are linked already
// (either way round) it opens on that link to edit it, with Remove. OK stays greyed out while
// both ends are the same claim. Given one claim, the other is chosen from every claim of the
// project. A snapshot of the project at opening. GUI thread only.
class LinkDialog : public QDialog
{
    Q_OBJECT
public:
    // What exec() returns when the analyst removes the link shown.
    static constexpr int Removed = 2;

    // first: a claim; second: the claim to link it to, or null to choose it in the form.
    LinkDialog(const Project &project, const QUuid &first, const QUuid &second, QWidget *parent = nullptr);
    ~LinkDialog() override;

    // The relations the form offers, in its order.
    static QList<LinkRelation> claimRelations();
    // The link between two claims with one of those relations, either way round; none when
    // they are not linked so.
    static std::optional<Link> linkBetween(const QList<Link> &links, const QUuid &a, const QUuid &b);

    // The link as the form has it now (the existing link's identity when editing one).
    Link link() const;
    // The link the form opened on for the two claims chosen now; none when it makes a new one.
    const std::optional<Link> &existing() const { return m_existing; }
    // The undoable edit for how the form was closed: save (create or change) the link, remove it
    // (result() == Removed), or null when there is nothing to do. The caller pushes it.
    edit::RecordCommandBase *command(edit::Document &document) const;

    QComboBox *relationBox() const { return m_relation; }
    QPushButton *swapButton() const { return m_swap; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    // The chooser of the other claim; hidden when the form was given both claims.
    QComboBox *otherClaimBox() const { return m_other; }
    QPushButton *removeButton() const { return m_remove; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    // Reads the link between the two claims now chosen (if any) into the form.
    void pairChanged();
    void showDirection();
    void check();
    QUuid secondClaim() const;

    struct Snapshot;
    std::unique_ptr<Snapshot> m_project;
    QUuid m_first;
    bool m_reversed = false; // the second claim is the link's "from"
    std::optional<Link> m_existing;
    QLabel *m_firstText;
    QLabel *m_secondText;
    QComboBox *m_other;
    QComboBox *m_relation;
    QPushButton *m_swap;
    QLabel *m_sentence;
    QPlainTextEdit *m_note;
    QPushButton *m_remove;
    QDialogButtonBox *m_buttons;
};

} // namespace sightline::ui
