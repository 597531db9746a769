// Hamming distance with a custom error type.
#[derive(Debug, PartialEq)]
enum HammingError {
    LengthMismatch { left: usize, right: usize },
}

fn hamming_distance(s1: &str, s2: &str) -> Result<usize, HammingError> {
    if s1.len() != s2.len() {
        return Err(HammingError::LengthMismatch { left: s1.len(), right: s2.len() });
    }
    Ok(s1.chars().zip(s2.chars()).filter(|(a, b)| a != b).count())
}

fn main() {
    let pairs = [
        ("GAGCCTACTAACGGGAT", "CATCGTAATGACGGCCT"),
        ("AATG", "AAA"),
        ("", ""),
        ("GGACTGA", "GGACTGA"),
        ("ACT", "GGA"),
    ];
    for (a, b) in pairs.iter() {
        match hamming_distance(a, b) {
            Ok(d) => println!("{} vs {}: {}", a, b, d),
            Err(HammingError::LengthMismatch { left, right }) => {
                println!("{} vs {}: lengths differ ({} != {})", a, b, left, right)
            }
        }
    }
    println!("{:?}", hamming_distance("A", "AB"));
}
