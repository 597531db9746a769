// Quiz: an `if` used as a value needs an `else`.
fn shipping_cost(weight_kg: u32) -> u32 {
    let base = 5;
    let extra = if weight_kg > 10 {
        (weight_kg - 10) * 2
    };
    base + extra
}

fn main() {
    for w in [3, 12, 20] {
        println!("{} kg -> {} EUR", w, shipping_cost(w));
    }
}
