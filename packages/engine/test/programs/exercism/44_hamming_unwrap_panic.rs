// Calling unwrap on an Err result panics (exit code 101).
#[derive(Debug)]
enum DnaError {
    UnequalLength,
}

fn distance(a: &str, b: &str) -> Result<u32, DnaError> {
    if a.len() != b.len() {
        return Err(DnaError::UnequalLength);
    }
    let mut diff = 0;
    for (x, y) in a.bytes().zip(b.bytes()) {
        if x != y {
            diff += 1;
        }
    }
    Ok(diff)
}

fn main() {
    let strands = vec![("GGACG", "GGTCG"), ("ACGT", "TGCA"), ("AAAA", "AAA")];
    let mut total = 0;
    for (a, b) in &strands {
        let d = distance(a, b).unwrap();
        println!("{} / {} -> {}", a, b, d);
        total += d;
    }
    println!("total {}", total);
}
