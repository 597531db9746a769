const SHEET_1: &str = "5 1 9 5
7 5 3
2 4 6 8";

const SHEET_2: &str = "5\t9\t2\t8
9\t4\t7\t3
3\t8\t6\t5";

fn rows(sheet: &str) -> Vec<Vec<u32>> {
    sheet
        .lines()
        .map(|line| line.split_whitespace().map(|x| x.parse().unwrap()).collect())
        .collect()
}

fn even_division(row: &[u32]) -> Option<u32> {
    for (i, &a) in row.iter().enumerate() {
        for (j, &b) in row.iter().enumerate() {
            if i != j && a % b == 0 {
                return Some(a / b);
            }
        }
    }
    None
}

fn main() {
    let checksum: u32 = rows(SHEET_1)
        .iter()
        .map(|r| r.iter().max().unwrap() - r.iter().min().unwrap())
        .sum();
    println!("Part 1: {}", checksum);

    let mut total = 0;
    for row in rows(SHEET_2) {
        let q = even_division(&row).unwrap_or(0);
        println!("{:?} -> {}", row, q);
        total += q;
    }
    println!("Part 2: {}", total);
}
