// Shim for Linux-PAM, imported by TendPAM only.
//
// PAM talks to the application through a C callback (the conversation). Writing it in C keeps
// the password handling in one short, reviewable place: the callback answers the first hidden
// prompt with a copy of the caller's password (PAM wipes and frees that copy), refuses visible
// prompts (the lock screen asks for nothing but the password), and keeps the last message a
// module showed.
#ifndef TEND_CPAM_SHIM_H
#define TEND_CPAM_SHIM_H

#include <security/pam_appl.h>
#include <stdlib.h>
#include <string.h>

/// One password check's exchange between Swift and the conversation callback.
typedef struct tend_pam_exchange {
    /// The password, NUL-terminated, owned (and wiped) by the caller; NULL answers no prompt.
    const char *password;
    /// How many hidden prompts (password questions) PAM asked.
    int password_prompts;
    /// How many prompts the conversation could not answer (visible input, a second password, unknown styles).
    int unanswered_prompts;
    /// The last error or information text a module sent, NUL-terminated (empty when none).
    char last_message[256];
} tend_pam_exchange;

static inline void tend_pam_drop_replies(struct pam_response *reply, int count) {
    for (int i = 0; i < count; i++) {
        if (reply[i].resp != NULL) {
            explicit_bzero(reply[i].resp, strlen(reply[i].resp));
            free(reply[i].resp);
        }
    }
    free(reply);
}

static inline int tend_pam_conversation(int count, const struct pam_message **messages,
                                        struct pam_response **responses, void *data) {
    tend_pam_exchange *exchange = (tend_pam_exchange *)data;
    if (count <= 0 || count > PAM_MAX_NUM_MSG || messages == NULL || responses == NULL || exchange == NULL) {
        return PAM_CONV_ERR;
    }
    struct pam_response *reply = (struct pam_response *)calloc((size_t)count, sizeof *reply);
    if (reply == NULL) return PAM_BUF_ERR;
    for (int i = 0; i < count; i++) {
        const struct pam_message *message = messages[i];
        switch (message->msg_style) {
        case PAM_PROMPT_ECHO_OFF:
            exchange->password_prompts++;
            // Only the first hidden prompt gets the password: a second one (a one-time code,
            // a new password) is something the lock screen cannot answer.
            if (exchange->password == NULL || exchange->password_prompts > 1) {
                exchange->unanswered_prompts++;
                tend_pam_drop_replies(reply, count);
                return PAM_CONV_ERR;
            }
            reply[i].resp = strdup(exchange->password);
            if (reply[i].resp == NULL) {
                tend_pam_drop_replies(reply, count);
                return PAM_BUF_ERR;
            }
            break;
        case PAM_ERROR_MSG:
        case PAM_TEXT_INFO:
            if (message->msg != NULL) {
                strncpy(exchange->last_message, message->msg, sizeof exchange->last_message - 1);
                exchange->last_message[sizeof exchange->last_message - 1] = '\0';
            }
            break;
        default:
            exchange->unanswered_prompts++;
            tend_pam_drop_replies(reply, count);
            return PAM_CONV_ERR;
        }
    }
    *responses = reply;
    return PAM_SUCCESS;
}

/// pam_start with the shim's conversation; with a non-NULL `confdir`, the services are read from
/// that directory instead of /etc/pam.d (pam_start_confdir, Linux-PAM 1.4 and later).
static inline int tend_pam_start(const char *service, const char *user, const char *confdir,
                                 tend_pam_exchange *exchange, pam_handle_t **handle) {
    struct pam_conv conversation = { tend_pam_conversation, exchange };
    if (confdir != NULL) return pam_start_confdir(service, user, &conversation, confdir, handle);
    return pam_start(service, user, &conversation, handle);
}

#endif
