// One module using a sibling module through an absolute `crate::` path.
mod validation {
    pub fn is_valid_isbn10(s: &str) -> bool {
        let digits: Vec<u32> = s.chars().filter(|c| *c != '-').filter_map(|c| c.to_digit(10)).collect();
        if digits.len() != 10 {
            return false;
        }
        let sum: u32 = digits.iter().enumerate().map(|(i, d)| (10 - i as u32) * d).sum();
        sum % 11 == 0
    }
}

mod catalog {
    use crate::validation::is_valid_isbn10;

    pub struct Catalog {
        accepted: Vec<String>,
        rejected: u32,
    }

    impl Catalog {
        pub fn new() -> Self {
            Catalog { accepted: Vec::new(), rejected: 0 }
        }

        pub fn submit(&mut self, isbn: &str) {
            if is_valid_isbn10(isbn) {
                self.accepted.push(isbn.to_string());
            } else {
                self.rejected += 1;
            }
        }

        pub fn report(&self) {
            println!("accepted: {:?}", self.accepted);
            println!("rejected: {}", self.rejected);
        }
    }
}

fn main() {
    let mut c = catalog::Catalog::new();
    for isbn in ["0-306-40615-2", "0-306-40615-3", "1-56619-909-3", "123"] {
        c.submit(isbn);
    }
    c.report();
}
