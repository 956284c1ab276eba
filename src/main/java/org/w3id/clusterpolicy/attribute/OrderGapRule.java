package org.w3id.clusterpolicy.attribute;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.clusterpolicy.lang.Country;
import org.w3id.clusterpolicy.segment.Block;

/**
 * On a page that lists countries in alphabetical order, a paragraph that names no country and sits
 * between two country sections belongs to the one European country that sorts between them and has
 * no text yet. When none or several fit, the rule does not decide.
 */
final class OrderGapRule implements BlockRule {
    static final String ID = "attr.order-gap";

    @Override
    public Optional<Attribution> decide(Block block, OverviewContext ctx) {
        if (ctx.order == null) {
            return Optional.empty();
        }
        String lower = ctx.previousAnchor(block.index());
        String upper = ctx.nextHeadingCountry(block.index());
        if (lower == null || upper == null) {
            return Optional.empty();
        }
        Set<String> taken = ctx.attributedCountries(block.index());
        List<String> fits = ctx.registry.countries().all().stream()
                .filter(Country::european)
                .map(Country::code)
                .filter(c -> !taken.contains(c) && ctx.order.between(lower, c, upper))
                .toList();
        if (fits.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(new Attribution(block, BlockRole.COUNTRY, fits.get(0), ID,
                "names no country; " + fits.get(0) + " is the only country without text that sorts between "
                        + lower + " and " + upper + " (" + ctx.order.language() + " alphabetical order)"));
    }
}
