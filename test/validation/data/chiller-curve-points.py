# Recipe for chiller-curve-points.csv: evaluates the published Chiller:Electric:EIR coefficient sets
# at the AHRI 550/590 rating points with an implementation independent of sim/models/cooling/chiller.ts.
# Run: python3 chiller-curve-points.py > chiller-curve-points.csv
SETS = {
    # EnergyPlus DataSets/Chillers.idf "ElectricEIRChiller York YT 1055kW/5.96COP/Vanes"
    "water-cooled-centrifugal": dict(cop=5.96, cap=[0.1785912, -0.05900023, -5.946963e-4, 0.09297889, -0.002841024, 0.004974221],
        eir=[0.524511, -0.02850126, 8.03472e-4, 0.01893133, 1.151629e-4, -9.340642e-5], plr=[0.2619878, 0.2393605, 0.4988306], minplr=0.1, box=(4.44, 8.89, 12.78, 35.0)),
    # EnergyPlus DataSets/Chillers.idf "ElectricEIRChiller Trane RTHB 1051kW/5.05COP/Valve"
    "water-cooled-screw": dict(cop=5.05, cap=[0.9482157, 0.03306737, -6.450072e-5, -0.003756522, -6.501672e-5, 2.517986e-15],
        eir=[0.4904181, -0.005530317, 0.001209907, 0.009122333, 5.923591e-4, -0.001469958], plr=[0.2590465, 0.2148987, 0.5265039], minplr=0.2, box=(4.44, 8.89, 23.89, 35.0)),
    # openstudio-standards ashrae_90_1.curves.json AirCooled_Chiller_2010_PathA_CAPFT/EIRFT + AllCapacities EIRFPLR
    "air-cooled-screw": dict(cop=2.96, cap=[1.0433825, 0.0407073, 4.506e-4, -0.0041514, -8.86e-5, -3.467e-4],
        eir=[0.5961915, -0.0099496, 7.888e-4, 4.506e-4, 4.875e-4, -7.623e-4], plr=[0.141, 0.655, 0.203], minplr=0.2, box=(5.0, 10.0, 12.7, 51.67)),
}
# AHRI 550/590 (IP, 2011+): leaving chilled water 44 F; entering condenser water 85/75/65/65 F at 100/75/50/25 %
# (water-cooled); entering air 95/80/65/55 F (air-cooled).
WATER = [(1.0, 29.44), (0.75, 23.89), (0.5, 18.33), (0.25, 18.33)]
AIR = [(1.0, 35.0), (0.75, 26.67), (0.5, 18.33), (0.25, 12.78)]
# Inputs below a curve's fitted box are held at its edge, as EnergyPlus clamps curve inputs to their limits.
def bq(c, x, y): return c[0] + c[1]*x + c[2]*x*x + c[3]*y + c[4]*y*y + c[5]*x*y
print("# source: EnergyPlus DataSets/Chillers.idf (York YT 1055kW/5.96COP/Vanes, Trane RTHB 1051kW/5.05COP/Valve);")
print("#   NREL/openstudio-standards ashrae_90_1.curves.json (ASHRAE 90.1-2010 Path A air-cooled, COP 2.96 per 90.1-2016 Table 6.8.1-3)")
print("# points: AHRI Standard 550/590 part-load rating conditions (leaving chilled water 6.67 degC = 44 degF)")
print("# units: temperatures degC; partLoadRatio 0-1 of the capacity at that point; cop W/W (load / compressor power)")
print("# obtained: by chiller-curve-points.py (this folder), an independent evaluation of the published coefficients")
print("type,chilledWaterC,condenserC,partLoadRatio,capFT,eirFT,cop")
for name, s in SETS.items():
    pts = AIR if name.startswith("air") else WATER
    for plr, cond in pts:
        lo_x, hi_x, lo_y, hi_y = s["box"]
        x = min(max(6.67, lo_x), hi_x); y = min(max(cond, lo_y), hi_y)
        cap = bq(s["cap"], x, y); eir = bq(s["eir"], x, y)
        op = max(plr, s["minplr"]); frac = min(1.0, plr / s["minplr"])
        eirplr = s["plr"][0] + s["plr"][1]*op + s["plr"][2]*op*op
        power = cap / s["cop"] * eir * eirplr * frac
        print(f"{name},6.67,{cond},{plr},{cap:.6f},{eir:.6f},{plr*cap/power:.6f}")
