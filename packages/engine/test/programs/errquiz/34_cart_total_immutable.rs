fn main() {
    let prices = [499, 1250, 75, 300];
    let total = 0;

    for p in prices {
        total += p;
    }

    let euros = total / 100;
    let cents = total % 100;
    println!("Total: {}.{:02} EUR", euros, cents);
}
