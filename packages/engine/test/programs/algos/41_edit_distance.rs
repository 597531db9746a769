// Levenshtein distance with a full DP table.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (n, m) = (a.len(), b.len());
    let mut dp = vec![vec![0usize; m + 1]; n + 1];
    for i in 0..=n {
        dp[i][0] = i;
    }
    for j in 0..=m {
        dp[0][j] = j;
    }
    for i in 1..=n {
        for j in 1..=m {
            let cost = if a[i - 1] == b[j - 1] { 0 } else { 1 };
            dp[i][j] = (dp[i - 1][j] + 1)
                .min(dp[i][j - 1] + 1)
                .min(dp[i - 1][j - 1] + cost);
        }
    }
    dp[n][m]
}

fn main() {
    let pairs = [
        ("kitten", "sitting"),
        ("flaw", "lawn"),
        ("rust", "trust"),
        ("", "abc"),
        ("same", "same"),
    ];
    for (a, b) in pairs {
        println!("{:>8} -> {:<8} : {}", a, b, edit_distance(a, b));
    }

    let dictionary = ["borrow", "border", "burrow", "barrow", "arrow"];
    let typo = "borow";
    let best = dictionary
        .iter()
        .min_by_key(|w| edit_distance(typo, w))
        .unwrap();
    println!("did you mean '{}'?", best);
}
