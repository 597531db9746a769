use std::collections::HashMap;

fn main() {
    let votes = ["rust", "go", "python", "rust", "zig", "go", "rust", "python", "c"];
    let tally: HashMap<&str, usize> = votes.iter().fold(HashMap::new(), |mut m, &v| {
        *m.entry(v).or_default() += 1;
        m
    });

    let mut ranking: Vec<(&str, usize)> = tally.into_iter().collect();
    ranking.sort_by(|(a, x), (b, y)| y.cmp(x).then(a.cmp(b)));

    for (place, (lang, n)) in ranking.iter().enumerate() {
        println!("{}. {} ({} votes)", place + 1, lang, n);
    }
    let winners: Vec<&str> = ranking.iter().take(2).map(|(l, _)| *l).collect();
    println!("top two: {}", winners.join(" & "));
}
