// Dumbo Octopus, small 5x5 example
struct Cavern {
    energy: Vec<Vec<u8>>,
}

impl Cavern {
    fn new(input: &str) -> Self {
        let energy = input
            .lines()
            .map(|l| l.bytes().map(|b| b - b'0').collect())
            .collect();
        Cavern { energy }
    }

    fn step(&mut self) -> usize {
        let n = self.energy.len() as i32;
        let mut to_flash: Vec<(i32, i32)> = Vec::new();
        for r in 0..n {
            for c in 0..n {
                self.energy[r as usize][c as usize] += 1;
                if self.energy[r as usize][c as usize] == 10 {
                    to_flash.push((r, c));
                }
            }
        }
        let mut flashes = 0;
        while let Some((r, c)) = to_flash.pop() {
            flashes += 1;
            for dr in -1..=1 {
                for dc in -1..=1 {
                    let (nr, nc) = (r + dr, c + dc);
                    if (dr, dc) == (0, 0) || nr < 0 || nc < 0 || nr >= n || nc >= n {
                        continue;
                    }
                    let cell = &mut self.energy[nr as usize][nc as usize];
                    *cell += 1;
                    if *cell == 10 {
                        to_flash.push((nr, nc));
                    }
                }
            }
        }
        for row in self.energy.iter_mut() {
            for e in row.iter_mut() {
                if *e > 9 {
                    *e = 0;
                }
            }
        }
        flashes
    }

    fn show(&self) {
        for row in &self.energy {
            let s: String = row.iter().map(|d| (b'0' + d) as char).collect();
            println!("{}", s);
        }
    }
}

fn main() {
    let mut cavern = Cavern::new("11111\n19991\n19191\n19991\n11111");
    let mut total = 0;
    for step in 1..=3 {
        let f = cavern.step();
        total += f;
        println!("after step {}: {} flashes", step, f);
        cavern.show();
    }
    println!("total flashes: {}", total);
}
