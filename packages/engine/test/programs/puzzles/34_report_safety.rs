// 2024 day 2: Red-Nosed Reports
fn is_safe(levels: &[i32]) -> bool {
    let increasing = levels[1] > levels[0];
    levels.windows(2).all(|w| {
        let d = w[1] - w[0];
        let ok_size = d.abs() >= 1 && d.abs() <= 3;
        ok_size && (d > 0) == increasing
    })
}

fn safe_with_dampener(levels: &[i32]) -> bool {
    if is_safe(levels) {
        return true;
    }
    (0..levels.len()).any(|skip| {
        let fewer: Vec<i32> = levels
            .iter()
            .enumerate()
            .filter(|&(i, _)| i != skip)
            .map(|(_, &v)| v)
            .collect();
        is_safe(&fewer)
    })
}

fn main() {
    let data = "7 6 4 2 1
1 2 7 8 9
9 7 6 2 1
1 3 2 4 5
8 6 4 4 1
1 3 6 7 9";
    let reports: Vec<Vec<i32>> = data
        .lines()
        .map(|line| line.split_whitespace().map(|x| x.parse().unwrap()).collect())
        .collect();

    let safe = reports.iter().filter(|r| is_safe(r)).count();
    let dampened = reports.iter().filter(|r| safe_with_dampener(r)).count();
    println!("safe reports: {}", safe);
    println!("safe with dampener: {}", dampened);
}
