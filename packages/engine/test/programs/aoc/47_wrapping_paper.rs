// 2015 day 2: "I Was Told There Would Be No Math"
const PRESENTS: &str = "2x3x4
1x1x10
4x23x21
22x17x5";

struct Present {
    dims: [u32; 3], // sorted smallest first
}

impl Present {
    fn parse(s: &str) -> Present {
        let mut dims = [0u32; 3];
        for (i, part) in s.split('x').enumerate() {
            dims[i] = part.parse().expect("dimension");
        }
        dims.sort();
        Present { dims }
    }

    fn paper(&self) -> u32 {
        let [a, b, c] = self.dims;
        2 * (a * b + b * c + a * c) + a * b
    }

    fn ribbon(&self) -> u32 {
        let [a, b, c] = self.dims;
        2 * (a + b) + a * b * c
    }
}

fn main() {
    let presents: Vec<Present> = PRESENTS.lines().map(Present::parse).collect();
    let paper: u32 = presents.iter().map(Present::paper).sum();
    let ribbon: u32 = presents.iter().map(|p| p.ribbon()).sum();
    println!("Part 1: {} square feet of paper", paper);
    println!("Part 2: {} feet of ribbon", ribbon);

    let mut biggest: Vec<(u32, &str)> = presents
        .iter()
        .zip(PRESENTS.lines())
        .map(|(p, s)| (p.paper(), s))
        .collect();
    biggest.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    for (paper, s) in biggest.iter().take(3) {
        println!("  {:>8} needs {}", s, paper);
    }
}
