// A struct with two lifetimes: the result only depends on `haystack`.
struct Search<'h, 'n> {
    haystack: &'h str,
    needle: &'n str,
}

impl<'h, 'n> Search<'h, 'n> {
    fn first_match(&self) -> Option<&'h str> {
        let i = self.haystack.find(self.needle)?;
        Some(&self.haystack[i..i + self.needle.len()])
    }

    fn after_match(&self) -> &'h str {
        match self.haystack.find(self.needle) {
            Some(i) => &self.haystack[i + self.needle.len()..],
            None => "",
        }
    }
}

fn main() {
    let log = String::from("ERROR disk full; WARN retrying; ERROR giving up");
    let found;
    let rest;
    {
        let needle = String::from("WARN");
        let s = Search { haystack: &log, needle: &needle };
        found = s.first_match();
        rest = s.after_match();
    } // needle is dropped here, but results only borrow `log`
    println!("{:?}", found);
    println!("{:?}", rest.trim());
}
