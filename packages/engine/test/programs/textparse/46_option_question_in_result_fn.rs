// Splitting "name:score" and returning the score.
fn score_of(entry: &str) -> Result<u32, String> {
    let (_, score) = entry.split_once(':')?;
    score.parse().map_err(|e| format!("bad score: {}", e))
}

fn main() {
    for e in ["ana:12", "ben:x", "carl"] {
        println!("{} -> {:?}", e, score_of(e));
    }
}
