// Difference between the square of the sum and the sum of the squares of 1..=n.
fn square_of_sum(n: u32) -> u32 {
    let sum: u32 = (1..=n).sum();
    sum * sum
}

fn sum_of_squares(n: u32) -> u32 {
    (1..=n).map(|i| i * i).sum()
}

fn difference(n: u32) -> u32 {
    square_of_sum(n) - sum_of_squares(n)
}

fn closed_form(n: u32) -> u32 {
    let sum = n * (n + 1) / 2;
    sum * sum - n * (n + 1) * (2 * n + 1) / 6
}

fn main() {
    for n in [1, 5, 10, 100] {
        println!(
            "n={:>3} square_of_sum={:>9} sum_of_squares={:>7} difference={:>9} check={}",
            n,
            square_of_sum(n),
            sum_of_squares(n),
            difference(n),
            difference(n) == closed_form(n)
        );
    }
}
