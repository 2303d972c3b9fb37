package io.github.microcredentials.core.model;

import io.github.microcredentials.core.vocab.PricingModel;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * The price of a learning opportunity under the HEROES joined pricing framework (D6.1 §1.3.5):
 * open access with no fee, or the institution's costing template with a price per micro-credential
 * per learner.
 *
 * @param model the pricing model
 * @param amount the fee per learner, if any
 * @param currency the currency of the fee, present exactly when the amount is
 */
public record Pricing(PricingModel model, Optional<BigDecimal> amount, Optional<Currency> currency) {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if the amount is negative, or only one of amount and
     *     currency is given
     */
    public Pricing {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.isPresent() != currency.isPresent()) {
            throw new IllegalArgumentException("a fee needs both an amount and a currency");
        }
        amount.ifPresent(a -> {
            if (a.signum() < 0) {
                throw new IllegalArgumentException("a fee must not be negative: " + a);
            }
        });
    }

    /**
     * Open access, no fee.
     *
     * @return the pricing
     */
    public static Pricing openAccess() {
        return new Pricing(PricingModel.OPEN_ACCESS, Optional.empty(), Optional.empty());
    }

    /**
     * A fee from the institution's costing template.
     *
     * @param amount the fee per learner
     * @param currency the currency
     * @return the pricing
     */
    public static Pricing fee(BigDecimal amount, Currency currency) {
        return new Pricing(PricingModel.COSTING_TEMPLATE, Optional.of(amount), Optional.of(currency));
    }

    /**
     * Whether learners pay nothing.
     *
     * @return {@code true} when there is no fee or it is zero
     */
    public boolean isFree() {
        return amount.map(a -> a.signum() == 0).orElse(true);
    }
}
