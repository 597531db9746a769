// Nucleotide count: Result<_, char> reports the first invalid nucleotide.
use std::collections::BTreeMap;

fn count(nucleotide: char, dna: &str) -> Result<usize, char> {
    if !"ACGT".contains(nucleotide) {
        return Err(nucleotide);
    }
    let mut n = 0;
    for c in dna.chars() {
        if !"ACGT".contains(c) {
            return Err(c);
        }
        if c == nucleotide {
            n += 1;
        }
    }
    Ok(n)
}

fn nucleotide_counts(dna: &str) -> Result<BTreeMap<char, usize>, char> {
    let mut map: BTreeMap<char, usize> = "ACGT".chars().map(|c| (c, 0)).collect();
    for c in dna.chars() {
        match map.get_mut(&c) {
            Some(n) => *n += 1,
            None => return Err(c),
        }
    }
    Ok(map)
}

fn main() {
    println!("{:?}", count('A', "GATTACA"));
    println!("{:?}", count('X', "GATTACA"));
    println!("{:?}", count('T', "GACYT"));
    println!("{:?}", nucleotide_counts("AGCTTTTCATTCTGACTGCAACGGGCAATATGTCTCTGTGTGGATTAAAAAAAGAGTGTCTGATAGCAGC"));
    println!("{:?}", nucleotide_counts(""));
    println!("{:?}", nucleotide_counts("AGXXACT"));
}
