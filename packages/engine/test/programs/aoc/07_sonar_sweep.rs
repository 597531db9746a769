// 2021 day 1
static DEPTHS: &str = "199
200
208
210
200
207
240
269
260
263";

fn count_increases(values: &[i64]) -> usize {
    values.windows(2).filter(|w| w[1] > w[0]).count()
}

fn main() {
    let depths: Vec<i64> = DEPTHS
        .lines()
        .map(|l| l.parse::<i64>().expect("not a number"))
        .collect();

    println!("Part 1: {}", count_increases(&depths));

    let sums: Vec<i64> = depths.windows(3).map(|w| w.iter().sum()).collect();
    println!("window sums: {:?}", sums);
    println!("Part 2: {}", count_increases(&sums));
}
