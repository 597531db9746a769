use std::collections::BTreeSet;

// A BTreeSet keeps items sorted and supports range queries.
fn main() {
    let mut years: BTreeSet<u32> = BTreeSet::new();
    for y in [1999, 2015, 1984, 2021, 2008, 2015] {
        years.insert(y);
    }
    println!("all: {:?}", years);
    let nineties_on: Vec<_> = years.range(1990..2010).collect();
    println!("1990..2010: {:?}", nineties_on);
    println!("first: {:?}, last: {:?}", years.first(), years.last());
    // Smallest year >= 2010.
    println!("next after 2010: {:?}", years.range(2010..).next());
    // Largest year < 2000.
    println!("before 2000: {:?}", years.range(..2000).next_back());
}
